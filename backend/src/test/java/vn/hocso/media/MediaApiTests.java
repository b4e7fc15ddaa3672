package vn.hocso.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.stream.Stream;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.hocso.media.domain.MediaRepository;
import vn.hocso.testing.KeycloakJwt;
import vn.hocso.testing.SampleMedia;

/**
 * Upload, ranged download, conditional requests, refused files and who may read (a
 * learner only what a {@link MediaReaders} vouches for).
 */
@MediaModuleTest
class MediaApiTests {

	static final RequestPostProcessor ADMIN = KeycloakJwt.user("demo.admin", "NA", "ADMIN");

	static final RequestPostProcessor TRAINER = KeycloakJwt.user("demo.trainer", "NA-DIENCHAU-DIENKY", "TRAINER");

	static final RequestPostProcessor LEARNER = KeycloakJwt.user("nobody.enrolled", "NA-DIENCHAU-DIENKY", "LEARNER");

	static final Path DIR = Path.of("target/test-media/api");

	@Autowired
	MockMvc mvc;

	@Autowired
	MediaRepository media;

	@Autowired
	MediaReaders readers;

	@Test
	void anUploadedVideoComesBackByteExactInRanges() throws Exception {
		byte[] video = SampleMedia.mp4(30_500, 50_000);
		String id = upload("bai-1.mp4", video);
		assertThat(id).isEqualTo(sha256(video));

		mvc.perform(get("/api/media/{id}", id).with(TRAINER).header(HttpHeaders.RANGE, "bytes=100-1099"))
			.andExpect(status().isPartialContent())
			.andExpect(header().string(HttpHeaders.CONTENT_RANGE, "bytes 100-1099/" + video.length))
			.andExpect(header().string(HttpHeaders.ACCEPT_RANGES, "bytes"))
			.andExpect(content().bytes(Arrays.copyOfRange(video, 100, 1100)));
		mvc.perform(get("/api/media/{id}", id).with(TRAINER).header(HttpHeaders.RANGE, "bytes=-500"))
			.andExpect(status().isPartialContent())
			.andExpect(content().bytes(Arrays.copyOfRange(video, video.length - 500, video.length)));
		mvc.perform(get("/api/media/{id}", id).with(TRAINER))
			.andExpect(status().isOk())
			.andExpect(header().string(HttpHeaders.CONTENT_TYPE, "video/mp4"))
			.andExpect(content().bytes(video));
	}

	@Test
	void aRangeBeyondTheEndIsRequestedRangeNotSatisfiable() throws Exception {
		byte[] video = SampleMedia.mp4(5_000, 2_000);
		String id = upload("ngan.mp4", video);

		mvc.perform(get("/api/media/{id}", id).with(ADMIN).header(HttpHeaders.RANGE, "bytes=999999-"))
			.andExpect(status().isRequestedRangeNotSatisfiable());
	}

	@Test
	void theVideoDurationIsReadFromTheContainer() throws Exception {
		mvc.perform(multipart("/api/media").file(file("bai-2.mp4", SampleMedia.mp4(1_801_200, 100))).with(ADMIN))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.kind").value("MP4"))
			.andExpect(jsonPath("$.durationSeconds").value(1802))
			.andExpect(jsonPath("$.fileName").value("bai-2.mp4"));
	}

	@Test
	void anUnchangedFileAnswersNotModified() throws Exception {
		String id = upload("tai-lieu.pdf", SampleMedia.pdf());

		String etag = mvc.perform(get("/api/media/{id}", id).with(ADMIN))
			.andExpect(status().isOk())
			.andExpect(header().exists(HttpHeaders.LAST_MODIFIED))
			.andReturn()
			.getResponse()
			.getHeader(HttpHeaders.ETAG);
		assertThat(etag).isEqualTo("\"" + id + "\"");

		mvc.perform(get("/api/media/{id}", id).with(ADMIN).header(HttpHeaders.IF_NONE_MATCH, etag))
			.andExpect(status().isNotModified());
	}

	@Test
	void theSameFileUploadedTwiceIsStoredOnce() throws Exception {
		byte[] pdf = SampleMedia.pdf();
		String first = upload("a.pdf", pdf);
		String second = upload("b.pdf", pdf);

		assertThat(second).isEqualTo(first);
		assertThat(storedFiles(first)).isEqualTo(1);
	}

	@Test
	void anExecutableRenamedMp4IsRefusedAndNothingIsStored() throws Exception {
		byte[] exe = new byte[4096];
		exe[0] = 'M';
		exe[1] = 'Z';
		long rows = media.count();

		mvc.perform(
				multipart("/api/media").file(file("bai-giang.mp4", exe)).with(ADMIN).header("Accept-Language", "en"))
			.andExpect(status().isUnsupportedMediaType())
			.andExpect(jsonPath("$.code").value("media.type-not-accepted"))
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("bai-giang.mp4")));

		assertNothingStored(rows, exe);
	}

	@Test
	void aVideoThatIsNotH264IsRefused() throws Exception {
		mvc.perform(multipart("/api/media").file(file("hevc.mp4", SampleMedia.mp4(10_000, 100, "hvc1", "mp4a")))
			.with(ADMIN))
			.andExpect(status().isUnsupportedMediaType())
			.andExpect(jsonPath("$.code").value("media.video-codec"));
	}

	@Test
	void anEmptyFileIsRefusedAndNothingIsStored() throws Exception {
		long rows = media.count();

		mvc.perform(multipart("/api/media").file(file("rong.pdf", new byte[0])).with(ADMIN))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("media.empty"));

		assertNothingStored(rows, new byte[0]);
	}

	@Test
	void aFileOverTheLimitIsRefusedAndNothingIsStored() throws Exception {
		byte[] big = SampleMedia.mp4(10_000, 300_000);
		long rows = media.count();

		mvc.perform(multipart("/api/media").file(file("lon.mp4", big)).with(ADMIN))
			.andExpect(status().isContentTooLarge())
			.andExpect(jsonPath("$.code").value("media.too-large"));

		assertNothingStored(rows, big);
	}

	@Test
	void onlyAdminsUpload() throws Exception {
		mvc.perform(multipart("/api/media").file(file("x.pdf", SampleMedia.pdf())).with(TRAINER))
			.andExpect(status().isForbidden());
	}

	@Test
	void anAnonymousCallerIsRefused() throws Exception {
		String id = upload("an.pdf", SampleMedia.pdf());

		mvc.perform(get("/api/media/{id}", id)).andExpect(status().isUnauthorized());
		mvc.perform(get("/api/media/{id}/link", id)).andExpect(status().isUnauthorized());
	}

	@Test
	void aLearnerNotEnrolledInACourseShowingTheFileGetsNotFound() throws Exception {
		String id = upload("hv.pdf", SampleMedia.pdf());

		mvc.perform(get("/api/media/{id}", id).with(LEARNER)).andExpect(status().isNotFound());
		mvc.perform(get("/api/media/{id}/link", id).with(LEARNER)).andExpect(status().isNotFound());
		then(readers).should(org.mockito.Mockito.atLeastOnce()).learnerMayRead("nobody.enrolled", id);
	}

	@Test
	void aLearnerReadsAFileThatAReaderVouchesFor() throws Exception {
		String id = upload("hv-duoc-doc.pdf", SampleMedia.pdf());
		given(readers.learnerMayRead("nobody.enrolled", id)).willReturn(true);

		mvc.perform(get("/api/media/{id}", id).with(LEARNER)).andExpect(status().isOk());
		mvc.perform(get("/api/media/{id}/link", id).with(LEARNER)).andExpect(status().isOk());
	}

	@Test
	void aSignedLinkStreamsWithoutTheBearerTokenAndATamperedOneDoesNot() throws Exception {
		byte[] video = SampleMedia.mp4(3_000, 4_000);
		String id = upload("link.mp4", video);
		String url = JsonPath.read(mvc.perform(get("/api/media/{id}/link", id).with(TRAINER))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(), "$.url");

		mvc.perform(get(url).header(HttpHeaders.RANGE, "bytes=0-99"))
			.andExpect(status().isPartialContent())
			.andExpect(content().bytes(Arrays.copyOfRange(video, 0, 100)));
		mvc.perform(get(url.substring(0, url.length() - 2) + "xx")).andExpect(status().isUnauthorized());
		String other = upload("other.pdf", SampleMedia.pdf());
		mvc.perform(get(url.replace(id, other))).andExpect(status().isUnauthorized());
	}

	private String upload(String name, byte[] bytes) throws Exception {
		String body = mvc.perform(multipart("/api/media").file(file(name, bytes)).with(ADMIN))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return JsonPath.read(body, "$.id");
	}

	private static MockMultipartFile file(String name, byte[] bytes) {
		return new MockMultipartFile("file", name, "video/mp4", bytes);
	}

	private void assertNothingStored(long rowsBefore, byte[] bytes) throws Exception {
		assertThat(media.count()).isEqualTo(rowsBefore);
		assertThat(storedFiles(sha256(bytes))).isZero();
		try (Stream<Path> incoming = Files.list(DIR.resolve("incoming"))) {
			assertThat(incoming.toList()).isEmpty();
		}
	}

	private static long storedFiles(String id) throws IOException {
		try (Stream<Path> files = Files.walk(DIR)) {
			return files.filter(path -> path.getFileName().toString().equals(id)).count();
		}
	}

	private static String sha256(byte[] bytes) throws Exception {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
	}

}
