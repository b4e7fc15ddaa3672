package vn.hocso.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A TCP relay between the app and its database that a test can cut and restore: a
 * database outage as the app sees it (connections reset, new ones refused) without
 * stopping a shared server.
 */
public final class OutageProxy implements AutoCloseable {

	private final String targetHost;

	private final int targetPort;

	private final int port;

	private final List<Socket> open = new CopyOnWriteArrayList<>();

	private volatile ServerSocket listener;

	public OutageProxy(String targetHost, int targetPort) throws IOException {
		this.targetHost = targetHost;
		this.targetPort = targetPort;
		this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
		this.port = listener.getLocalPort();
		accept(listener);
	}

	public int port() {
		return port;
	}

	/** The database goes away: every open connection is reset, new ones are refused. */
	public synchronized void cut() throws IOException {
		listener.close();
		for (Socket socket : open) {
			socket.close();
		}
		open.clear();
	}

	/** The database is back on the same address. */
	public synchronized void restore() throws IOException {
		listener = new ServerSocket(port, 50, InetAddress.getLoopbackAddress());
		accept(listener);
	}

	private void accept(ServerSocket server) {
		Thread.ofVirtual().start(() -> {
			while (!server.isClosed()) {
				try {
					Socket client = server.accept();
					Socket upstream = new Socket(targetHost, targetPort);
					open.add(client);
					open.add(upstream);
					pipe(client, upstream);
					pipe(upstream, client);
				}
				catch (IOException ex) {
					// closed by cut(), or the target refused: the client sees its
					// connection fail
				}
			}
		});
	}

	private void pipe(Socket from, Socket to) {
		Thread.ofVirtual().start(() -> {
			try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
				in.transferTo(out);
			}
			catch (IOException ex) {
				// one side closed
			}
			finally {
				closeQuietly(from);
				closeQuietly(to);
			}
		});
	}

	private static void closeQuietly(Socket socket) {
		try {
			socket.close();
		}
		catch (IOException ex) {
			// already closed
		}
	}

	@Override
	public void close() throws IOException {
		cut();
	}

}
