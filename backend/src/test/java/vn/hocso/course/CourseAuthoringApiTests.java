package vn.hocso.course;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.hocso.course.CourseCatalog.CourseVersionView;
import vn.hocso.course.CourseEnrolments.OwnEnrolment;
import vn.hocso.platform.ProblemException;
import vn.hocso.testing.KeycloakJwt;
import vn.hocso.testing.SampleMedia;

/**
 * Authoring (ADMIN only), version freezing, lecture order, and what learners may read.
 */
@CourseModuleTest
class CourseAuthoringApiTests {

	static final RequestPostProcessor ADMIN = KeycloakJwt.user("demo.admin", "NA", "ADMIN");

	static final RequestPostProcessor UNIT_ADMIN = KeycloakJwt.user("demo.unitadmin", "NA-DIENCHAU", "UNIT_ADMIN");

	static final RequestPostProcessor TRAINER = KeycloakJwt.user("demo.trainer", "NA-DIENCHAU-DIENKY", "TRAINER");

	static final RequestPostProcessor ENROLLED = KeycloakJwt.user("hv.enrolled", "NA-DIENCHAU-DIENKY", "LEARNER");

	static final RequestPostProcessor OTHER_LEARNER = KeycloakJwt.user("hv.other", "NA-DIENCHAU-DIENKY", "LEARNER");

	@Autowired
	MockMvc mvc;

	@Autowired
	CourseCatalog catalog;

	@Autowired
	CourseEnrolments enrolments;

	@Test
	void publishingFreezesAVersionAndEditingMakesANewDraftThatRunningWavesDoNotSee() throws Exception {
		long course = createCourse();
		String video = uploadVideo(600_000);
		addLecture(course, "Chính quyền số", video);
		publish(course);
		CourseVersionView first = catalog.currentPublished(course).orElseThrow();
		long firstLecture = first.lectures().get(0).lectureId();

		mvc.perform(put("/api/courses/{id}/lectures/{lecture}", course, firstLecture).with(ADMIN)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"title\":\"Chính quyền số (bản mới)\",\"videoMediaId\":\"" + video + "\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.versionNumber").value(2))
			.andExpect(jsonPath("$.versionPublished").value(false))
			.andExpect(jsonPath("$.publishedVersionId").value(first.courseVersionId()))
			.andExpect(jsonPath("$.lectures[0].title").value("Chính quyền số (bản mới)"));

		assertThat(catalog.currentPublished(course).orElseThrow().lectures().get(0).title())
			.isEqualTo("Chính quyền số");

		publish(course);
		CourseVersionView second = catalog.currentPublished(course).orElseThrow();
		assertThat(second.versionNumber()).isEqualTo(2);
		assertThat(second.lectures().get(0).title()).isEqualTo("Chính quyền số (bản mới)");
		assertThat(second.lectures().get(0).lectureId()).isNotEqualTo(firstLecture);
		CourseVersionView kept = catalog.version(first.courseVersionId()).orElseThrow();
		assertThat(kept.lectures().get(0).title()).isEqualTo("Chính quyền số");
		assertThat(kept.lectures().get(0).durationSeconds()).isEqualTo(600);
	}

	@Test
	void aDraftIsNotAPublishedVersionForOtherModules() throws Exception {
		long course = createCourse();
		long draftVersion = ((Number) JsonPath.read(staffView(course), "$.versionId")).longValue();

		assertThat(catalog.currentPublished(course)).isEmpty();
		assertThat(catalog.version(draftVersion)).isEmpty();
	}

	@Test
	void lecturesCanBeReorderedAndRemoved() throws Exception {
		long course = createCourse();
		addLecture(course, "Một", null);
		addLecture(course, "Hai", null);
		String body = addLecture(course, "Ba", null);
		long third = ((Number) JsonPath.read(body, "$.lectures[2].id")).longValue();
		long first = ((Number) JsonPath.read(body, "$.lectures[0].id")).longValue();

		mvc.perform(post("/api/courses/{id}/lectures/{lecture}/move", course, third).with(ADMIN)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"position\":1}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.lectures[*].title").value(org.hamcrest.Matchers.contains("Ba", "Một", "Hai")))
			.andExpect(jsonPath("$.lectures[*].position").value(org.hamcrest.Matchers.contains(1, 2, 3)));
		mvc.perform(delete("/api/courses/{id}/lectures/{lecture}", course, first).with(ADMIN))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.lectures[*].title").value(org.hamcrest.Matchers.contains("Ba", "Hai")));
	}

	@Test
	void aCourseWithALectureWithoutVideoCannotBePublished() throws Exception {
		long course = createCourse();
		addLecture(course, "Chưa có video", null);

		mvc.perform(post("/api/courses/{id}/publish", course).with(ADMIN))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("course.lecture-without-video"));
	}

	@Test
	void aLectureVideoMustBeAVideo() throws Exception {
		long course = createCourse();
		String pdf = upload("tai-lieu.pdf", SampleMedia.pdf());

		mvc.perform(post("/api/courses/{id}/lectures", course).with(ADMIN)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"title\":\"Sai\",\"videoMediaId\":\"" + pdf + "\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("course.video-not-a-video"));
	}

	@Test
	void theCourseShowsLecturesInOrderWithVideoDurationAndAttachments() throws Exception {
		long course = createCourse();
		String video = uploadVideo(95_000);
		String pdf = upload("tai-lieu.pdf", SampleMedia.pdf());
		mvc.perform(post("/api/courses/{id}/lectures", course).with(ADMIN)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"title\":\"Bài 1\",\"videoMediaId\":\"" + video + "\",\"attachmentMediaIds\":[\"" + pdf
					+ "\"]}"))
			.andExpect(status().isCreated());

		mvc.perform(get("/api/courses/{id}", course).with(TRAINER))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.lectures[0].videoMediaId").value(video))
			.andExpect(jsonPath("$.lectures[0].durationSeconds").value(95))
			.andExpect(jsonPath("$.lectures[0].attachmentMediaIds[0]").value(pdf))
			.andExpect(jsonPath("$.lectures[0].attachments[0].fileName").value("tai-lieu.pdf"))
			.andExpect(jsonPath("$.completionPercent").value(90))
			.andExpect(jsonPath("$.expectedMinutesPerDay").value(30));
	}

	@Test
	void onlyAdminsAuthorCourses() throws Exception {
		long course = createCourse();
		String body = "{\"code\":\"X-" + ThreadLocalRandom.current().nextInt(1_000_000) + "\",\"title\":\"X\"}";

		for (RequestPostProcessor caller : List.of(UNIT_ADMIN, TRAINER, ENROLLED)) {
			mvc.perform(post("/api/courses").with(caller).contentType(MediaType.APPLICATION_JSON).content(body))
				.andExpect(status().isForbidden());
			mvc.perform(post("/api/courses/{id}/lectures", course).with(caller)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"title\":\"X\"}")).andExpect(status().isForbidden());
			mvc.perform(post("/api/courses/{id}/publish", course).with(caller)).andExpect(status().isForbidden());
		}
		mvc.perform(multipart("/api/media")
			.file(new MockMultipartFile("file", "a.pdf", "application/pdf", SampleMedia.pdf()))
			.with(UNIT_ADMIN)).andExpect(status().isForbidden());
	}

	@Test
	void aCourseCodeIsUnique() throws Exception {
		String code = "CDS-" + ThreadLocalRandom.current().nextInt(1_000_000);
		String body = "{\"code\":\"" + code + "\",\"title\":\"Chuyển đổi số\"}";
		mvc.perform(post("/api/courses").with(ADMIN).contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isCreated());

		mvc.perform(post("/api/courses").with(ADMIN).contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("course.code-taken"));
	}

	@Test
	void aLearnerReadsOnlyACourseTheyAreEnrolledInAndItsMedia() throws Exception {
		long course = createCourse();
		String video = uploadVideo(20_000);
		addLecture(course, "Bài 1", video);
		publish(course);
		given(enrolments.isEnrolledInCourse(eq("hv.enrolled"), eq(course))).willReturn(true);

		mvc.perform(get("/api/courses/{id}", course).with(ENROLLED))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.lectures[0].videoMediaId").value(video));
		mvc.perform(get("/api/media/{id}/link", video).with(ENROLLED)).andExpect(status().isOk());
		mvc.perform(get("/api/courses/{id}", course).with(OTHER_LEARNER)).andExpect(status().isNotFound());
		mvc.perform(get("/api/media/{id}", video).with(OTHER_LEARNER)).andExpect(status().isNotFound());
		mvc.perform(get("/api/courses").with(ENROLLED)).andExpect(status().isForbidden());
	}

	@Test
	void anEnrolmentKeepsItsVersionAfterTheCourseIsRepublished() throws Exception {
		long course = createCourse();
		String video = uploadVideo(20_000);
		addLecture(course, "Bài cũ", video);
		publish(course);
		long firstVersion = catalog.currentPublished(course).orElseThrow().courseVersionId();
		addLecture(course, "Bài thêm", video);
		publish(course);
		given(enrolments.requireOwn(41L)).willReturn(new OwnEnrolment(41L, course, firstVersion));
		given(enrolments.requireOwn(42L)).willThrow(ProblemException.notFound("enrolment.not-found", 42L));

		mvc.perform(get("/api/enrolments/41/course").with(ENROLLED))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.versionId").value(firstVersion))
			.andExpect(jsonPath("$.lectures.length()").value(1));
		mvc.perform(get("/api/enrolments/42/course").with(OTHER_LEARNER))
			.andExpect(status().is(HttpStatus.NOT_FOUND.value()));
		given(enrolments.isEnrolledInCourse(org.mockito.ArgumentMatchers.anyString(), anyLong())).willReturn(false);
	}

	@Test
	void theCourseOfAnEnrolmentCarriesSignedLinksThatStreamItsMediaWithoutAToken() throws Exception {
		long course = createCourse();
		String video = uploadVideo(20_000);
		addLecture(course, "Bài 1", video);
		publish(course);
		long version = catalog.currentPublished(course).orElseThrow().courseVersionId();
		given(enrolments.requireOwn(43L)).willReturn(new OwnEnrolment(43L, course, version));

		String body = mvc.perform(get("/api/enrolments/43/course").with(ENROLLED))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.lectures[0].videoMediaId").value(video))
			.andExpect(jsonPath("$.lectures[0].video.link.expiresAt").isNotEmpty())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String url = JsonPath.read(body, "$.lectures[0].video.link.url");
		assertThat(url).startsWith("/api/media/" + video + "?token=");
		// The link works alone, as a <video> uses it (no bearer token); another file's id
		// with it does not.
		mvc.perform(get(url)).andExpect(status().isOk());
		String other = uploadVideo(21_000);
		mvc.perform(get(url.replace(video, other))).andExpect(status().isUnauthorized());
		// Staff's authoring view carries no links.
		mvc.perform(get("/api/courses/{id}", course).with(ADMIN))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.lectures[0].video.link").doesNotExist());
	}

	private long createCourse() throws Exception {
		String body = mvc
			.perform(post("/api/courses").with(ADMIN)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"code\":\"CDS-" + ThreadLocalRandom.current().nextInt(1_000_000)
						+ "\",\"title\":\"Chuyển đổi số\",\"tags\":[\"Chính quyền số\",\"Kỹ năng số\"]}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("DRAFT"))
			.andExpect(jsonPath("$.tags[1]").value("Kỹ năng số"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		return ((Number) JsonPath.read(body, "$.id")).longValue();
	}

	private String addLecture(long course, String title, String video) throws Exception {
		String videoJson = video == null ? "null" : "\"" + video + "\"";
		return mvc
			.perform(post("/api/courses/{id}/lectures", course).with(ADMIN)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"title\":\"" + title + "\",\"videoMediaId\":" + videoJson + "}"))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private void publish(long course) throws Exception {
		mvc.perform(post("/api/courses/{id}/publish", course).with(ADMIN))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("PUBLISHED"));
	}

	private String staffView(long course) throws Exception {
		return mvc
			.perform(
					org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/api/courses/{id}", course)
						.with(ADMIN))
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private String uploadVideo(int millis) throws Exception {
		return upload("bai.mp4", SampleMedia.mp4(millis, 1_000));
	}

	private String upload(String name, byte[] bytes) throws Exception {
		String body = mvc
			.perform(multipart("/api/media").file(new MockMultipartFile("file", name, "video/mp4", bytes)).with(ADMIN))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return JsonPath.read(body, "$.id");
	}

}
