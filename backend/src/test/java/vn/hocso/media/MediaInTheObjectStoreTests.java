package vn.hocso.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import vn.hocso.media.domain.MediaRepository;
import vn.hocso.testing.KeycloakJwt;
import vn.hocso.testing.S3TestServer;
import vn.hocso.testing.SampleMedia;

/**
 * Media kept in the shared object store (hocso.storage.type=s3, a real S3Proxy): uploads
 * are checked before anything is stored, and the bytes go from the object store to the
 * browser by a presigned link (ranges and all) while the application only issues the
 * link. The media module's context with the object store in place of the file store (so a
 * context of its own).
 */
@MediaModuleTest
class MediaInTheObjectStoreTests {

	static final RequestPostProcessor ADMIN = KeycloakJwt.user("demo.admin", "NA", "ADMIN");

	static final RequestPostProcessor TRAINER = KeycloakJwt.user("demo.trainer", "NA-DIENCHAU-DIENKY", "TRAINER");

	static final HttpClient http = HttpClient.newHttpClient();

	@DynamicPropertySource
	static void objectStore(DynamicPropertyRegistry registry) {
		S3TestServer.shared().register(registry);
		registry.add("hocso.media.dir", () -> "target/test-media/s3");
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	MediaRepository media;

	@Test
	void anUploadedVideoIsServedByTheObjectStoreInRangesByteExact() throws Exception {
		byte[] video = SampleMedia.mp4(30_500, 120_000);
		String id = upload("bai-s3.mp4", video);

		assertThat(S3TestServer.shared()
			.client()
			.headObject(head -> head.bucket(S3TestServer.BUCKET).key("media/" + id.substring(0, 2) + "/" + id))
			.contentLength()).isEqualTo(video.length);

		String link = JsonPath.read(mvc.perform(get("/api/media/{id}/link", id).with(TRAINER))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(), "$.url");
		String location = mvc.perform(get(link))
			.andExpect(status().isTemporaryRedirect())
			.andExpect(header().string(HttpHeaders.CACHE_CONTROL, "no-store"))
			.andReturn()
			.getResponse()
			.getHeader(HttpHeaders.LOCATION);
		assertThat(location).startsWith(S3TestServer.shared().endpoint() + "/" + S3TestServer.BUCKET + "/media/");

		HttpResponse<byte[]> range = http.send(
				HttpRequest.newBuilder(URI.create(location)).header(HttpHeaders.RANGE, "bytes=100-1099").build(),
				HttpResponse.BodyHandlers.ofByteArray());
		assertThat(range.statusCode()).isEqualTo(206);
		assertThat(range.headers().firstValue(HttpHeaders.CONTENT_RANGE)).hasValue("bytes 100-1099/" + video.length);
		assertThat(range.headers().firstValue(HttpHeaders.CONTENT_TYPE)).hasValue("video/mp4");
		assertThat(range.headers().firstValue(HttpHeaders.CONTENT_ENCODING)).as("a browser can seek").isEmpty();
		assertThat(range.body()).isEqualTo(Arrays.copyOfRange(video, 100, 1100));
		HttpResponse<byte[]> tail = http.send(
				HttpRequest.newBuilder(URI.create(location)).header(HttpHeaders.RANGE, "bytes=-500").build(),
				HttpResponse.BodyHandlers.ofByteArray());
		assertThat(tail.body()).isEqualTo(Arrays.copyOfRange(video, video.length - 500, video.length));
	}

	@Test
	void thePresignedLinkEndsWithTheSignedLinkAndIsRefusedAfterwards() throws Exception {
		String id = upload("het-han.pdf", SampleMedia.pdf());
		String link = JsonPath.read(mvc.perform(get("/api/media/{id}/link", id).with(TRAINER))
			.andReturn()
			.getResponse()
			.getContentAsString(), "$.url");
		String location = mvc.perform(get(link)).andReturn().getResponse().getHeader(HttpHeaders.LOCATION);
		HttpRequest direct = HttpRequest.newBuilder(URI.create(location)).build();
		assertThat(http.send(direct, HttpResponse.BodyHandlers.discarding()).statusCode()).isEqualTo(200);

		Thread.sleep(6_500);

		assertThat(http.send(direct, HttpResponse.BodyHandlers.discarding()).statusCode()).isEqualTo(403);
		mvc.perform(get(link)).andExpect(status().isUnauthorized());
	}

	@Test
	void theBearerTokenIsAlsoRedirectedAndAnUnknownFileIsNotFound() throws Exception {
		String id = upload("giao-trinh.pdf", SampleMedia.pdf());

		mvc.perform(get("/api/media/{id}", id).with(ADMIN)).andExpect(status().isTemporaryRedirect());
		mvc.perform(get("/api/media/{id}", "0".repeat(64)).with(ADMIN)).andExpect(status().isNotFound());
	}

	@Test
	void aRefusedUploadLeavesNoObject() throws Exception {
		byte[] exe = new byte[4096];
		exe[0] = 'M';
		exe[1] = 'Z';
		byte[] big = SampleMedia.mp4(10_000, 300_000);
		long rows = media.count();

		mvc.perform(multipart("/api/media").file(file("bai-giang.mp4", exe)).with(ADMIN))
			.andExpect(status().isUnsupportedMediaType());
		mvc.perform(multipart("/api/media").file(file("lon.mp4", big)).with(ADMIN))
			.andExpect(status().isContentTooLarge());

		assertThat(media.count()).isEqualTo(rows);
		for (byte[] refused : new byte[][] { exe, big }) {
			String id = sha256(refused);
			org.assertj.core.api.Assertions
				.assertThatThrownBy(() -> S3TestServer.shared()
					.client()
					.headObject(head -> head.bucket(S3TestServer.BUCKET).key("media/" + id.substring(0, 2) + "/" + id)))
				.isInstanceOf(NoSuchKeyException.class);
		}
	}

	@Test
	void theContentSecurityPolicyLetsTheObjectStoreServeMediaAndFrames() throws Exception {
		String csp = mvc.perform(get("/")).andReturn().getResponse().getHeader("Content-Security-Policy");
		String origin = S3TestServer.shared().endpoint();

		assertThat(csp).contains("media-src 'self' blob: " + origin + ";")
			.contains("frame-src 'self' blob: ")
			.containsPattern("frame-src [^;]*" + java.util.regex.Pattern.quote(origin));
	}

	private String upload(String name, byte[] content) throws Exception {
		return JsonPath.read(mvc.perform(multipart("/api/media").file(file(name, content)).with(ADMIN))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.sizeBytes").value(content.length))
			.andReturn()
			.getResponse()
			.getContentAsString(), "$.id");
	}

	private static MockMultipartFile file(String name, byte[] content) {
		return new MockMultipartFile("file", name, "application/octet-stream", content);
	}

	private static String sha256(byte[] content) throws Exception {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
	}

}
