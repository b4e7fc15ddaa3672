package vn.hocso.testing;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The cluster of {@code infra/cluster/cluster.sh} (two app nodes of the packaged jar,
 * HAProxy in front, the shared PostgreSQL and Keycloak), started, killed and stopped
 * through that script as an operator would. Ports are free ones; logs and PID files live
 * under {@code run}.
 */
public final class ScriptedCluster implements AutoCloseable {

	private static final Path SCRIPT = Path.of("..", "infra", "cluster", "cluster.sh").toAbsolutePath().normalize();

	private final Path run;

	private final Map<String, String> env;

	private final int balancerPort;

	private final int[] nodePorts;

	private ScriptedCluster(Path run, Map<String, String> env, int balancerPort, int[] nodePorts) {
		this.run = run;
		this.env = env;
		this.balancerPort = balancerPort;
		this.nodePorts = nodePorts;
	}

	/**
	 * Starts two nodes (node 1 loads the demo data) on database {@code database} of the
	 * server of {@code jdbcUrl}; {@code appArguments} are given to every node.
	 */
	public static ScriptedCluster start(Path run, String jdbcUrl, String database, List<String> appArguments)
			throws IOException, InterruptedException {
		Path jar = Path.of("target", "hocso.jar").toAbsolutePath();
		if (!Files.isRegularFile(jar)) {
			throw new IllegalStateException(jar + " is missing: integration tests run after the package phase");
		}
		URI server = URI.create(jdbcUrl.substring("jdbc:".length()));
		int balancer = freePort();
		int[] nodes = { freePort(), freePort() };
		Map<String, String> env = new HashMap<>();
		env.put("HOCSO_CLUSTER_RUN", run.toAbsolutePath().toString());
		env.put("HOCSO_CLUSTER_NODES", "2");
		env.put("HOCSO_CLUSTER_LB_PORT", String.valueOf(balancer));
		env.put("HOCSO_CLUSTER_NODE_PORTS", nodes[0] + " " + nodes[1]);
		env.put("HOCSO_CLUSTER_DB", database);
		env.put("HOCSO_CLUSTER_PG_HOST", server.getHost());
		env.put("HOCSO_CLUSTER_PG_PORT", String.valueOf(server.getPort() < 0 ? 5432 : server.getPort()));
		env.put("HOCSO_CLUSTER_PG_USER", ScratchPostgres.user());
		env.put("HOCSO_CLUSTER_PG_PASSWORD", ScratchPostgres.password());
		env.put("HOCSO_CLUSTER_JAR", jar.toString());
		// Start-up speed and little memory over peak speed: these JVMs live for minutes
		// on a shared machine.
		env.put("HOCSO_CLUSTER_JAVA_OPTS", "-Xmx512m -XX:+UseSerialGC -XX:TieredStopAtLevel=1");
		env.put("HOCSO_CLUSTER_APP_ARGS", String.join(" ", appArguments));
		env.put("HOCSO_KEYCLOAK_URL", RealKeycloak.url());
		env.put("JAVA_HOME", System.getProperty("java.home"));
		ScriptedCluster cluster = new ScriptedCluster(run, env, balancer, nodes);
		cluster.script(Duration.ofMinutes(1), "stop"); // leftovers of an aborted run
		deleteRecursively(run.resolve("data"));
		Files.deleteIfExists(run.resolve("logs").resolve("node1.log"));
		Files.deleteIfExists(run.resolve("logs").resolve("node2.log"));
		Runtime.getRuntime().addShutdownHook(new Thread(cluster::stopQuietly));
		cluster.script(Duration.ofMinutes(8), "start");
		return cluster;
	}

	public URI balancer(String path) {
		return URI.create("http://127.0.0.1:" + balancerPort + path);
	}

	/** Node 1 or 2, directly. */
	public URI node(int node, String path) {
		return URI.create("http://127.0.0.1:" + nodePorts[node - 1] + path);
	}

	public long pid(int node) throws IOException {
		return Long.parseLong(Files.readString(run.resolve("pids").resolve("node" + node + ".pid")).trim());
	}

	/** The node (1 or 2) whose process has this PID, or 0. */
	public int nodeOfPid(long pid) throws IOException {
		for (int node = 1; node <= 2; node++) {
			if (Files.exists(run.resolve("pids").resolve("node" + node + ".pid")) && pid(node) == pid) {
				return node;
			}
		}
		return 0;
	}

	public void killNode(int node) throws IOException, InterruptedException {
		script(Duration.ofSeconds(30), "kill-node", String.valueOf(node));
	}

	/** Starts the node again and waits until it is ready. */
	public void startNode(int node) throws IOException, InterruptedException {
		script(Duration.ofMinutes(5), "start-node", String.valueOf(node));
	}

	public String log(int node) {
		try {
			return Files.readString(run.resolve("logs").resolve("node" + node + ".log"));
		}
		catch (IOException ex) {
			return "";
		}
	}

	private void script(Duration timeout, String... arguments) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(List.of("bash", SCRIPT.toString()));
		command.addAll(List.of(arguments));
		Files.createDirectories(run);
		Path out = run.resolve("script.log");
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(out.toFile()));
		builder.environment().putAll(env);
		Process process = builder.start();
		if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
			process.destroyForcibly();
			throw new AssertionError("cluster.sh " + String.join(" ", arguments) + " took longer than " + timeout
					+ ":\n" + tail(Files.readString(out)));
		}
		if (process.exitValue() != 0) {
			throw new AssertionError("cluster.sh " + String.join(" ", arguments) + " failed (" + process.exitValue()
					+ "):\n" + tail(Files.readString(out)));
		}
	}

	private static String tail(String text) {
		return text.length() > 8000 ? text.substring(text.length() - 8000) : text;
	}

	private void stopQuietly() {
		try {
			script(Duration.ofMinutes(2), "stop");
		}
		catch (Exception | AssertionError ex) {
			System.err.println("cluster.sh stop: " + ex);
		}
	}

	@Override
	public void close() {
		stopQuietly();
	}

	private static void deleteRecursively(Path dir) throws IOException {
		if (!Files.exists(dir)) {
			return;
		}
		try (var paths = Files.walk(dir)) {
			for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(p);
			}
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
