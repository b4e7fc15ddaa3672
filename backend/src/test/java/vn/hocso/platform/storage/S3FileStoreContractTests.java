package vn.hocso.platform.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import vn.hocso.testing.S3TestServer;

/**
 * The storage contract against a real S3-compatible server (S3Proxy, started by the
 * test), and what only the object store does: presigned links the browser fetches
 * directly, ranges included, refused once expired.
 */
class S3FileStoreContractTests extends FileStoreContract {

	static S3TestServer server;

	static Storage storage;

	static final HttpClient http = HttpClient.newHttpClient();

	@BeforeAll
	static void objectStore() {
		server = S3TestServer.shared();
		storage = StorageConfig.S3Storage.connect(new StorageProperties.S3(server.endpoint(), S3TestServer.BUCKET,
				"us-east-1", S3TestServer.ACCESS_KEY, S3TestServer.SECRET_KEY, true, null), Clock.systemUTC());
	}

	@Override
	FileStore area(String name) {
		return storage.area(name, Path.of("target/never-used"));
	}

	@Test
	void anAreaIsAPrefixOfTheBucket() {
		FileStore pdfs = storage.area("certificates/pdf", Path.of("unused"));
		pdfs.put("NA-2026-000777.pdf", bytes(20, 9), "application/pdf");

		assertThat(server.client()
			.headObject(head -> head.bucket(S3TestServer.BUCKET).key("certificates/pdf/NA-2026-000777.pdf"))
			.contentLength()).isEqualTo(20);
	}

	@Test
	void aPresignedLinkServesTheObjectAndItsRangesWithTheTypeAsked() throws Exception {
		byte[] video = bytes(300_000, 10);
		store.put("ef/ef01", Files.write(scratch.resolve("video.mp4"), video), "video/mp4");
		URI link = store
			.presignedGet("ef/ef01", Instant.now().plusSeconds(60), "video/mp4", "inline; filename=\"bai-1.mp4\"")
			.orElseThrow();

		assertThat(link.toString()).startsWith(server.endpoint() + "/" + S3TestServer.BUCKET + "/");
		HttpResponse<byte[]> whole = http.send(HttpRequest.newBuilder(link).build(),
				HttpResponse.BodyHandlers.ofByteArray());
		assertThat(whole.statusCode()).isEqualTo(200);
		assertThat(whole.body()).isEqualTo(video);
		assertThat(whole.headers().firstValue("Content-Type")).hasValue("video/mp4");
		assertThat(whole.headers().firstValue("Content-Disposition")).hasValue("inline; filename=\"bai-1.mp4\"");
		// A browser does not seek in a response with a content encoding (an upload's
		// aws-chunked left on it).
		assertThat(whole.headers().firstValue("Content-Encoding")).isEmpty();

		HttpResponse<byte[]> range = http.send(HttpRequest.newBuilder(link).header("Range", "bytes=1000-1999").build(),
				HttpResponse.BodyHandlers.ofByteArray());
		assertThat(range.statusCode()).isEqualTo(206);
		assertThat(range.headers().firstValue("Content-Range")).hasValue("bytes 1000-1999/300000");
		assertThat(range.body()).isEqualTo(Arrays.copyOfRange(video, 1000, 2000));
	}

	@Test
	void anExpiredPresignedLinkIsRefused() throws Exception {
		store.put("late.pdf", bytes(100, 11), "application/pdf");
		URI link = store.presignedGet("late.pdf", Instant.now().plusSeconds(3), "application/pdf", "inline")
			.orElseThrow();
		assertThat(http.send(HttpRequest.newBuilder(link).build(), HttpResponse.BodyHandlers.discarding()).statusCode())
			.as("still valid")
			.isEqualTo(200);
		Thread.sleep(4_500);

		HttpResponse<byte[]> late = http.send(HttpRequest.newBuilder(link).build(),
				HttpResponse.BodyHandlers.ofByteArray());
		assertThat(late.statusCode()).isEqualTo(403);
	}

	@Test
	void aTamperedPresignedLinkIsRefused() throws Exception {
		store.put("a.pdf", bytes(100, 12), "application/pdf");
		store.put("b.pdf", bytes(100, 13), "application/pdf");
		URI link = store.presignedGet("a.pdf", Instant.now().plusSeconds(60), "application/pdf", "inline")
			.orElseThrow();
		URI other = URI.create(link.toString().replace("/a.pdf?", "/b.pdf?"));

		assertThat(
				http.send(HttpRequest.newBuilder(other).build(), HttpResponse.BodyHandlers.discarding()).statusCode())
			.isEqualTo(403);
	}

	@Test
	void theBrowserOriginIsThePublicEndpointWhenOneIsSet() {
		Storage behindProxy = StorageConfig.S3Storage
			.connect(
					new StorageProperties.S3(server.endpoint(), S3TestServer.BUCKET, "us-east-1",
							S3TestServer.ACCESS_KEY, S3TestServer.SECRET_KEY, true, "https://files.hocso.example.vn"),
					Clock.systemUTC());

		assertThat(behindProxy.browserOrigin()).hasValue("https://files.hocso.example.vn");
		assertThat(behindProxy.area("media", Path.of("x"))
			.presignedGet("ab/ab", Instant.now().plusSeconds(60), "video/mp4", "inline")
			.orElseThrow()
			.toString()).startsWith("https://files.hocso.example.vn/" + S3TestServer.BUCKET + "/media/ab/ab?");
		assertThat(storage.browserOrigin()).hasValue(server.endpoint());
	}

	@Test
	void missingSettingsAreNamedAtStart() {
		assertThatThrownBy(() -> StorageConfig.S3Storage.connect(
				new StorageProperties.S3(server.endpoint(), null, "us-east-1", "", null, true, null),
				Clock.systemUTC()))
			.hasMessageContaining("hocso.storage.s3.bucket")
			.hasMessageContaining("hocso.storage.s3.access-key")
			.hasMessageContaining("hocso.storage.s3.secret-key");
	}

}
