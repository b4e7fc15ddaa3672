package vn.hocso.citizen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.hocso.course.CourseCatalog;
import vn.hocso.course.CourseCatalog.CourseVersionView;
import vn.hocso.course.CourseCatalog.LectureView;
import vn.hocso.enrolment.EnrolmentFigures;
import vn.hocso.enrolment.EnrolmentLifecycle;
import vn.hocso.identity.KeycloakUserAdmin;
import vn.hocso.learner.LearnerCategory;
import vn.hocso.learner.LearnerDirectory;
import vn.hocso.organization.OrgUnitDirectory;
import vn.hocso.organization.OrgUnitSummary;
import vn.hocso.testing.KeycloakJwt;

/**
 * A citizen's whole path through an open course, with the real database and every module
 * but Keycloak's admin API (its real counterpart is CitizenRegistrationIT) and the course
 * catalogue (a published course stands in): register in the app, enrol themself,
 * complete, get a certificate; stay out of officials' lists; then erase themself, leaving
 * only anonymous counts.
 */
@SpringBootTest
@AutoConfigureMockMvc
class OpenCourseCitizenTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	MockMvc mvc;

	@Autowired
	OrgUnitDirectory units;

	@Autowired
	LearnerDirectory learners;

	@Autowired
	EnrolmentLifecycle lifecycle;

	@Autowired
	EnrolmentFigures figures;

	@Autowired
	TransactionTemplate transactions;

	@MockitoBean
	KeycloakUserAdmin keycloak;

	@MockitoBean
	CourseCatalog courses;

	private long courseId;

	private String citizen;

	private OrgUnitSummary dienKy;

	@BeforeEach
	void aPublishedCourseAndACitizenWhoSignedUpInKeycloak() {
		courseId = Math.abs(UUID.randomUUID().getMostSignificantBits() % 1_000_000) + 500_000;
		CourseVersionView course = new CourseVersionView(courseId, courseId * 10, 1, "KNS-DAN-" + courseId,
				"Kỹ năng số cho người dân", 90, 30,
				List.of(new LectureView(1, 1, "Dịch vụ công trực tuyến", null, 600, List.of())));
		given(courses.currentPublished(courseId)).willReturn(Optional.of(course));
		given(courses.version(anyLong())).willReturn(Optional.of(course));
		citizen = "hoa" + UUID.randomUUID().toString().substring(0, 6);
		given(keycloak.findUserId(anyString())).willReturn(Optional.of("kc-" + citizen));
		dienKy = units.findSummaryByCode("NA-DIENCHAU-DIENKY").orElseThrow();
	}

	@Test
	void aCitizenCompletingAnOpenCourseGetsACertificateWithoutAnyDeadline() throws Exception {
		assertThat(
				call(put("/api/open-courses/" + courseId), KeycloakJwt.user("demo.admin", "NA", "ADMIN")).getStatus())
			.isEqualTo(200);
		JsonNode landing = json(mvc.perform(get("/api/public/open-courses/" + courseId)).andReturn().getResponse());
		assertThat(landing.get("title").asString()).isEqualTo("Kỹ năng số cho người dân");

		// Before choosing a commune and consenting, a citizen cannot enrol.
		assertThat(call(post("/api/me/open-courses/" + courseId + "/enrolment"), KeycloakJwt.citizen(citizen, null))
			.getStatus()).isEqualTo(409);
		registerInDienKy();
		verify(keycloak).setAttribute("kc-" + citizen, "commune", "NA-DIENCHAU-DIENKY");

		MockHttpServletResponse enrolled = call(post("/api/me/open-courses/" + courseId + "/enrolment"), me());
		assertThat(enrolled.getStatus()).isEqualTo(201);
		long enrolmentId = json(enrolled).get("enrolmentId").asLong();
		MockHttpServletResponse again = call(post("/api/me/open-courses/" + courseId + "/enrolment"), me());
		assertThat(again.getStatus()).isEqualTo(200);
		assertThat(json(again).get("enrolmentId").asLong()).isEqualTo(enrolmentId);

		JsonNode mine = json(call(get("/api/me/enrolments"), me()));
		JsonNode open = find(mine, "enrolmentId", enrolmentId);
		assertThat(open.get("deadline").isNull()).isTrue();
		assertThat(open.get("status").asString()).isEqualTo("NOT_STARTED");

		// What the final quiz does when the citizen passes: the same completion as an
		// official's.
		transactions.executeWithoutResult(status -> lifecycle.complete(enrolmentId, Instant.now(), 90));

		await(() -> json(call(get("/api/me/certificates"), me())).size() == 1);
		JsonNode certificate = json(call(get("/api/me/certificates"), me())).get(0);
		assertThat(certificate.toString()).contains("Kỹ năng số cho người dân");
		long certificateId = certificate.get("id").asLong();
		MockHttpServletResponse pdf = call(get("/api/certificates/" + certificateId + "/pdf"), me());
		assertThat(pdf.getStatus()).isEqualTo(200);
		assertThat(pdf.getContentAsByteArray()).startsWith("%PDF".getBytes());

		// Staff see counts, never the citizen: not in their certificate lists, not by id.
		MockHttpServletResponse staffList = call(get("/api/certificates"),
				KeycloakJwt.user("demo.admin", "NA", "ADMIN"));
		assertThat(staffList.getStatus()).isEqualTo(200);
		assertThat(staffList.getContentAsString(java.nio.charset.StandardCharsets.UTF_8)).doesNotContain(citizen);
		assertThat(call(get("/api/certificates/" + certificateId), KeycloakJwt.user("demo.admin", "NA", "ADMIN"))
			.getStatus()).isEqualTo(404);
	}

	@Test
	void officialsListsNeverShowCitizensAndStaffCannotOpenTheirRecords() throws Exception {
		long learnerId = registerInDienKy();

		JsonNode list = json(call(get("/api/learners?unitId=" + dienKy.id() + "&size=500"),
				KeycloakJwt.user("demo.unitadmin", "NA-DIENCHAU", "UNIT_ADMIN")));
		assertThat(list.toString()).doesNotContain("\"id\":" + learnerId + ",");
		assertThat(call(get("/api/learners/" + learnerId), KeycloakJwt.user("demo.admin", "NA", "ADMIN")).getStatus())
			.isEqualTo(404);
		assertThat(learners.findActiveInSubtree(dienKy.path())).noneMatch(learner -> learner.id() == learnerId);
		assertThat(call(get("/api/me/citizen"), KeycloakJwt.user("demo.learner", "NA-DIENCHAU-DIENKY", "LEARNER"))
			.getStatus()).isEqualTo(403);
	}

	@Test
	void aCitizenDownloadsTheirDataThenDeletionKeepsOnlyAnonymousCounts() throws Exception {
		call(put("/api/open-courses/" + courseId), KeycloakJwt.user("demo.admin", "NA", "ADMIN"));
		long learnerId = registerInDienKy();
		long enrolmentId = json(call(post("/api/me/open-courses/" + courseId + "/enrolment"), me())).get("enrolmentId")
			.asLong();
		transactions.executeWithoutResult(status -> lifecycle.complete(enrolmentId, Instant.now(), 95));
		await(() -> json(call(get("/api/me/certificates"), me())).size() == 1);
		long before = citizensEnrolledInDienKy();

		MockHttpServletResponse data = call(get("/api/me/citizen/data"), me());
		assertThat(data.getStatus()).isEqualTo(200);
		assertThat(data.getHeader("Content-Disposition")).contains("attachment");
		JsonNode export = json(data);
		assertThat(export.get("profile").get("birthYear").asInt()).isEqualTo(1984);
		assertThat(export.get("profile").get("communeCode").asString()).isEqualTo("NA-DIENCHAU-DIENKY");
		assertThat(export.get("enrolments")).hasSize(1);

		assertThat(call(delete("/api/me/citizen"), me()).getStatus()).isEqualTo(204);

		verify(keycloak).delete("kc-" + citizen);
		var erased = learners.find(learnerId).orElseThrow();
		assertThat(erased.fullName()).isEqualTo("—");
		assertThat(erased.category()).isEqualTo(LearnerCategory.CITIZEN);
		assertThat(erased.unitId()).isEqualTo(dienKy.id());
		assertThat(call(get("/api/me/citizen"), me()).getStatus()).isEqualTo(404);
		String mineAfter = call(get("/api/me/certificates"), me())
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(mineAfter).doesNotContain(citizen);
		assertThat(citizensEnrolledInDienKy()).isEqualTo(before);
	}

	private long registerInDienKy() throws Exception {
		MockHttpServletResponse saved = call(
				put("/api/me/citizen").contentType(MediaType.APPLICATION_JSON)
					.content(JSON.writeValueAsString(
							Map.of("communeId", dienKy.id(), "birthYear", 1984, "gender", "FEMALE", "consent", true))),
				KeycloakJwt.citizen(citizen, null));
		assertThat(saved.getStatus()).as(saved.getContentAsString()).isEqualTo(200);
		return exportedLearnerId();
	}

	private long exportedLearnerId() throws Exception {
		return json(call(get("/api/me/citizen/data"), me())).get("learnerId").asLong();
	}

	private long citizensEnrolledInDienKy() {
		return figures.enrolledLearnersByUnitAndCategory(dienKy.path())
			.getOrDefault(dienKy.id(), Map.of())
			.getOrDefault(LearnerCategory.CITIZEN, 0L);
	}

	private org.springframework.test.web.servlet.request.RequestPostProcessor me() {
		return KeycloakJwt.citizen(citizen, "NA-DIENCHAU-DIENKY");
	}

	private MockHttpServletResponse call(MockHttpServletRequestBuilder request,
			org.springframework.test.web.servlet.request.RequestPostProcessor token) throws Exception {
		return mvc.perform(request.with(token)).andReturn().getResponse();
	}

	private static JsonNode json(MockHttpServletResponse response) {
		try {
			return JSON.readTree(response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
		}
		catch (java.io.UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static JsonNode find(JsonNode list, String field, long value) {
		for (JsonNode item : list) {
			if (item.path(field).asLong() == value) {
				return item;
			}
		}
		throw new AssertionError("no " + field + "=" + value + " in " + list);
	}

	private static void await(ThrowingSupplier condition) throws Exception {
		Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
		while (!condition.get()) {
			if (Instant.now().isAfter(deadline)) {
				throw new AssertionError("condition not met within 20 s");
			}
			Thread.sleep(100);
		}
	}

	@FunctionalInterface
	interface ThrowingSupplier {

		boolean get() throws Exception;

	}

}
