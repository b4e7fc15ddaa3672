package vn.hocso.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.springframework.test.context.DynamicPropertyRegistry;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import vn.hocso.platform.storage.Storage;
import vn.hocso.platform.storage.StorageProperties;

/**
 * A real S3-compatible server for the storage tests: S3Proxy (the jar Maven copies to
 * {@code target/s3proxy/s3proxy.jar} before the tests, the same release
 * {@code infra/s3/s3.sh} runs) on a free port, with a filesystem backend under
 * {@code target/}, test-only credentials and one bucket. Started once per test JVM on
 * first use, stopped when the JVM exits.
 */
public final class S3TestServer {

	public static final String ACCESS_KEY = "hocso-test";

	public static final String SECRET_KEY = "hocso-test-only-s3-secret";

	public static final String BUCKET = "hocso-test";

	private static S3TestServer shared;

	private final Process process;

	private final String endpoint;

	private final S3Client client;

	private S3TestServer(Process process, String endpoint) {
		this.process = process;
		this.endpoint = endpoint;
		this.client = S3Client.builder()
			.endpointOverride(URI.create(endpoint))
			.region(Region.US_EAST_1)
			.credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(ACCESS_KEY, SECRET_KEY)))
			.forcePathStyle(true)
			.httpClient(UrlConnectionHttpClient.create())
			.requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
			.responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
			.build();
	}

	/** The server of this test JVM, started on first use. */
	public static synchronized S3TestServer shared() {
		if (shared == null) {
			shared = start();
			shared.client.createBucket(request -> request.bucket(BUCKET));
			Runtime.getRuntime().addShutdownHook(new Thread(shared::stop, "s3-test-server-stop"));
		}
		return shared;
	}

	/**
	 * hocso.storage.* for an application context that keeps its files in this server's
	 * bucket.
	 */
	public void register(DynamicPropertyRegistry registry) {
		registry.add("hocso.storage.type", () -> "s3");
		registry.add("hocso.storage.s3.endpoint", () -> endpoint);
		registry.add("hocso.storage.s3.bucket", () -> BUCKET);
		registry.add("hocso.storage.s3.access-key", () -> ACCESS_KEY);
		registry.add("hocso.storage.s3.secret-key", () -> SECRET_KEY);
	}

	/**
	 * A connection of the application's own kind to this server's bucket, as one more
	 * node would have.
	 */
	public Storage storage() {
		return Storage.of(
				new StorageProperties(StorageProperties.Type.S3,
						new StorageProperties.S3(endpoint, BUCKET, "us-east-1", ACCESS_KEY, SECRET_KEY, true, null)),
				Clock.systemUTC());
	}

	public String endpoint() {
		return endpoint;
	}

	/** A client of the server for checks made beside the application. */
	public S3Client client() {
		return client;
	}

	private static S3TestServer start() {
		Path jar = Path.of(System.getProperty("hocso.test.s3proxy-jar", "target/s3proxy/s3proxy.jar")).toAbsolutePath();
		if (!Files.isRegularFile(jar)) {
			throw new IllegalStateException(jar + " is missing: Maven copies it before the tests (backend/pom.xml, "
					+ "s3proxy-for-tests); run the tests through Maven once");
		}
		try {
			int port = freePort();
			Path dir = Files.createDirectories(Path.of("target/s3-test-server").toAbsolutePath());
			Path data = Files.createTempDirectory(dir, "data-" + port + "-");
			Path properties = data.resolveSibling(data.getFileName() + ".properties");
			String endpoint = "http://127.0.0.1:" + port;
			Files.writeString(properties,
					String.join("\n", "s3proxy.endpoint=" + endpoint, "s3proxy.authorization=aws-v2-or-v4",
							"s3proxy.identity=" + ACCESS_KEY, "s3proxy.credential=" + SECRET_KEY,
							"jclouds.provider=filesystem-nio2",
							// The filesystem backend checks no credential but S3Proxy
							// wants the settings present.
							"jclouds.identity=" + ACCESS_KEY, "jclouds.credential=" + SECRET_KEY,
							"jclouds.filesystem.basedir=" + data, ""));
			String java = ProcessHandle.current().info().command().orElse("java");
			Process process = new ProcessBuilder(java, "-Xmx192m", "-XX:TieredStopAtLevel=1", "-jar", jar.toString(),
					"--properties", properties.toString())
				.redirectErrorStream(true)
				.redirectOutput(data.resolveSibling(data.getFileName() + ".log").toFile())
				.start();
			awaitAnswer(process, endpoint);
			return new S3TestServer(process, endpoint);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void awaitAnswer(Process process, String endpoint) {
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
		Instant deadline = Instant.now().plusSeconds(90);
		while (Instant.now().isBefore(deadline)) {
			if (!process.isAlive()) {
				throw new IllegalStateException("S3Proxy exited during start-up (exit " + process.exitValue() + ")");
			}
			try {
				// Any S3 answer (403 without credentials) means it serves.
				http.send(HttpRequest.newBuilder(URI.create(endpoint + "/")).build(),
						HttpResponse.BodyHandlers.discarding());
				return;
			}
			catch (IOException notYet) {
				sleep();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}
		process.destroyForcibly();
		throw new IllegalStateException("S3Proxy did not answer at " + endpoint + " within 90 s");
	}

	private static void sleep() {
		try {
			Thread.sleep(200);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	private void stop() {
		client.close();
		process.destroy();
	}

}
