package vn.hocso.testing;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.core.io.ClassPathResource;

/**
 * The packaged app (target/hocso.jar, built by the package phase before the integration
 * tests) run as a separate JVM, as an operator runs it, so that a test can kill it with
 * SIGKILL.
 */
public final class AppProcess implements AutoCloseable {

	private static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	private final Process process;

	private final Path log;

	private final int port;

	private AppProcess(Process process, Path log, int port) {
		this.process = process;
		this.log = log;
		this.port = port;
	}

	/**
	 * Starts the jar with these Spring arguments (--key=value) on a free port; output
	 * goes to {@code log}.
	 */
	public static AppProcess start(Path log, List<String> arguments) throws IOException {
		Path jar = Path.of("target", "hocso.jar").toAbsolutePath();
		if (!Files.isRegularFile(jar)) {
			throw new IllegalStateException(
					jar + " is missing: integration tests run after the package phase (mvn verify)");
		}
		int port = freePort();
		List<String> command = new ArrayList<>(
				List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
						// Start-up speed over peak speed: these JVMs live for seconds.
						"-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx512m", "-jar", jar.toString(),
						"--server.port=" + port, "--hocso.keycloak.url=" + RealKeycloak.url()));
		command.addAll(testSecrets());
		command.addAll(arguments);
		Files.createDirectories(log.toAbsolutePath().getParent());
		Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
		return new AppProcess(process, log, port);
	}

	public int port() {
		return port;
	}

	public long pid() {
		return process.pid();
	}

	public URI uri(String path) {
		return URI.create("http://127.0.0.1:" + port + path);
	}

	/**
	 * Waits until the readiness probe answers 200; fails at once if the process ends
	 * first.
	 */
	public void awaitReady(Duration timeout) throws InterruptedException {
		Instant deadline = Instant.now().plus(timeout);
		while (Instant.now().isBefore(deadline)) {
			if (!process.isAlive()) {
				throw new AssertionError(
						"The app exited with " + process.exitValue() + " before it was ready:\n" + tail());
			}
			try {
				if (http
					.send(HttpRequest.newBuilder(uri("/actuator/health/readiness"))
						.timeout(Duration.ofSeconds(5))
						.build(), HttpResponse.BodyHandlers.discarding())
					.statusCode() == 200) {
					return;
				}
			}
			catch (IOException ex) {
				// not listening yet
			}
			Thread.sleep(250);
		}
		throw new AssertionError("The app was not ready within " + timeout + ":\n" + tail());
	}

	/** Waits for the process to end by itself and returns its exit code. */
	public int awaitExit(Duration timeout) throws InterruptedException {
		if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
			throw new AssertionError("The app was still running after " + timeout + ":\n" + tail());
		}
		return process.exitValue();
	}

	/** kill -9: no shutdown hook, no connection closed politely, nothing flushed. */
	public void kill9() throws InterruptedException {
		process.destroyForcibly();
		process.waitFor(30, TimeUnit.SECONDS);
	}

	public String output() {
		try {
			return Files.readString(log);
		}
		catch (IOException ex) {
			return "";
		}
	}

	private String tail() {
		String out = output();
		return out.length() > 6000 ? out.substring(out.length() - 6000) : out;
	}

	@Override
	public void close() throws InterruptedException {
		if (process.isAlive()) {
			process.destroy();
			if (!process.waitFor(30, TimeUnit.SECONDS)) {
				kill9();
			}
		}
	}

	/**
	 * The test profile's own secrets (application-test.yml): outside the demo profile the
	 * app refuses to start without real ones, and the jar holds no test resources, so
	 * they are passed as arguments, classpath locations turned into files of
	 * target/test-classes.
	 */
	private static List<String> testSecrets() {
		YamlPropertiesFactoryBean yaml = new YamlPropertiesFactoryBean();
		yaml.setResources(new ClassPathResource("application-test.yml"));
		Properties test = yaml.getObject();
		List<String> secrets = new ArrayList<>();
		for (String name : test.stringPropertyNames()) {
			if (name.startsWith("hocso.keycloak.admin-client-") || name.equals("hocso.account.sheet-key")
					|| name.startsWith("hocso.certificates.signing.")
					|| name.startsWith("hocso.certificates.public-keys.")) {
				String value = test.getProperty(name);
				if (value.startsWith("classpath:")) {
					value = "file:" + Path.of("target", "test-classes", value.substring("classpath:".length()))
						.toAbsolutePath();
				}
				secrets.add("--" + name + "=" + value);
			}
		}
		return secrets;
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
