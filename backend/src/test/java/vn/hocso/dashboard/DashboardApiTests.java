package vn.hocso.dashboard;

import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import vn.hocso.course.CourseCatalog;
import vn.hocso.course.CourseCatalog.CourseVersionView;
import vn.hocso.course.CourseCatalog.LectureView;
import vn.hocso.enrolment.ClassRef;
import vn.hocso.enrolment.EnrolmentDirectory;
import vn.hocso.enrolment.EnrolmentRef;
import vn.hocso.enrolment.EnrolmentStatus;
import vn.hocso.enrolment.WaveRef;
import vn.hocso.learner.LearnerCategory;
import vn.hocso.learner.LearnerDirectory;
import vn.hocso.learner.LearnerSummary;
import vn.hocso.organization.OrgUnitDirectory;
import vn.hocso.platform.VietnamTime;
import vn.hocso.progress.LectureProgress;
import vn.hocso.progress.LectureProgress.Figures;
import vn.hocso.quiz.QuizResults;
import vn.hocso.testing.KeycloakJwt;

/**
 * Dashboards with the real org tree and scoping; enrolments, progress, courses, learners
 * and quiz results are other modules' APIs, stood in for. A class of Diễn Kỷ (Diễn Châu)
 * guided by demo.trainer.
 */
@DashboardModuleTest
class DashboardApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	OrgUnitDirectory units;

	@Autowired
	EnrolmentDirectory enrolments;

	@Autowired
	LectureProgress progress;

	@Autowired
	CourseCatalog catalog;

	@Autowired
	LearnerDirectory learners;

	@Autowired
	QuizResults quizzes;

	@BeforeEach
	void aClassOfTwoLearners() {
		String dienKy = units.findSummaryByCode("NA-DIENCHAU-DIENKY").orElseThrow().path();
		long dienKyId = units.findSummaryByCode("NA-DIENCHAU-DIENKY").orElseThrow().id();
		String dienChau = units.findSummaryByCode("NA-DIENCHAU").orElseThrow().path();
		LocalDate today = LocalDate.now(VietnamTime.ZONE);
		given(enrolments.findClass(7))
			.willReturn(Optional.of(new ClassRef(7, 3, "Lớp Diễn Kỷ 1", dienKy, "demo.trainer")));
		given(enrolments.findWave(3))
			.willReturn(Optional.of(new WaveRef(3, "Đợt 1", 1, 11L, today.minusDays(3), 10, List.of(dienChau))));
		List<EnrolmentRef> rows = List.of(
				new EnrolmentRef(101, 1001, 3, 1, 11L, dienKyId, dienKy, 7L, EnrolmentStatus.IN_PROGRESS,
						Instant.now().minusSeconds(3 * 86_400), today.plusDays(14), null),
				new EnrolmentRef(102, 1002, 3, 1, 11L, dienKyId, dienKy, 7L, EnrolmentStatus.NOT_STARTED,
						Instant.now().minusSeconds(3 * 86_400), today.plusDays(14), null));
		given(enrolments.ofClass(7)).willReturn(rows);
		given(enrolments.ofWave(3)).willReturn(rows);
		given(enrolments.classesOfTrainer("demo.trainer"))
			.willReturn(List.of(new ClassRef(7, 3, "Lớp Diễn Kỷ 1", dienKy, "demo.trainer")));
		given(catalog.version(11)).willReturn(Optional.of(new CourseVersionView(1, 11, 1, "CDS", "Chuyển đổi số", 90,
				30, List.of(new LectureView(1, 1, "Chính quyền số", "m", 1_800, List.of())))));
		given(progress.figures(anyCollection()))
			.willReturn(Map.of(101L, new Figures(101, 1, 1, 0, Map.of(today, 1_500L))));
		given(quizzes.of(anyCollection()))
			.willReturn(Map.of(101L, new QuizResults.Result(101, 1, 85, true, Instant.now().minusSeconds(600))));
		given(learners.findAll(anyCollection()))
			.willReturn(List.of(learner(1001, "Đặng Quốc Hưng", dienKy), learner(1002, "Nguyễn Thị Hồng Ánh", dienKy)));
	}

	@Test
	void theTrainerSeesTheirClassWithEachLearnersPace() throws Exception {
		mvc.perform(
				get("/api/classes/7/dashboard").with(KeycloakJwt.user("demo.trainer", "NA-DIENCHAU-DIENKY", "TRAINER")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.name").value("Lớp Diễn Kỷ 1"))
			.andExpect(jsonPath("$.learners.length()").value(2))
			.andExpect(jsonPath("$.learners[0].fullName").value("Đặng Quốc Hưng"))
			.andExpect(jsonPath("$.learners[0].lecturesCompleted").value(1))
			.andExpect(jsonPath("$.learners[0].minutesToday").value(25))
			.andExpect(jsonPath("$.learners[1].pace").value("NOT_STARTED"))
			.andExpect(jsonPath("$.byPace.NOT_STARTED").value(1))
			.andExpect(jsonPath("$.dailyMinutes[-1:].minutes").value(25));
	}

	@Test
	void theDashboardShowsEachLearnersFinalQuizResult() throws Exception {
		mvc.perform(
				get("/api/classes/7/dashboard").with(KeycloakJwt.user("demo.trainer", "NA-DIENCHAU-DIENKY", "TRAINER")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.learners[0].quizBestScore").value(85))
			.andExpect(jsonPath("$.learners[0].quizPassed").value(true))
			.andExpect(jsonPath("$.learners[1].quizAttempts").value(0))
			.andExpect(jsonPath("$.learners[1].quizBestScore").doesNotExist());
	}

	@Test
	void aTrainerOfAnotherClassIsRefused() throws Exception {
		mvc.perform(get("/api/classes/7/dashboard")
			.with(KeycloakJwt.user("other.trainer", "NA-DIENCHAU-DIENKY", "TRAINER")))
			.andExpect(status().isForbidden());
		mvc.perform(
				get("/api/waves/3/dashboard").with(KeycloakJwt.user("other.trainer", "NA-DIENCHAU-DIENKY", "TRAINER")))
			.andExpect(status().isForbidden());
	}

	@Test
	void aUnitAdminOfAnotherSubtreeIsRefused() throws Exception {
		mvc.perform(get("/api/classes/7/dashboard").with(KeycloakJwt.user("vinh.admin", "NA-VINH", "UNIT_ADMIN")))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/waves/3/dashboard").with(KeycloakJwt.user("vinh.admin", "NA-VINH", "UNIT_ADMIN")))
			.andExpect(status().isForbidden());
	}

	@Test
	void aUnitAdminSeesTheWaveAggregatedPerUnit() throws Exception {
		mvc.perform(get("/api/waves/3/dashboard").with(KeycloakJwt.user("demo.unitadmin", "NA-DIENCHAU", "UNIT_ADMIN")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.learners.length()").value(2))
			.andExpect(jsonPath("$.units[0].unitCode").value("NA-DIENCHAU-DIENKY"))
			.andExpect(jsonPath("$.units[0].learners").value(2))
			.andExpect(jsonPath("$.units[0].minutesToday").value(25));
	}

	@Test
	void aLearnerCannotSeeDashboards() throws Exception {
		mvc.perform(
				get("/api/classes/7/dashboard").with(KeycloakJwt.user("demo.learner", "NA-DIENCHAU-DIENKY", "LEARNER")))
			.andExpect(status().isForbidden());
	}

	@Test
	void theDashboardExportsToAWorkbook() throws Exception {
		mvc.perform(get("/api/classes/7/dashboard.xlsx").with(KeycloakJwt.user("demo.admin", "NA", "ADMIN")))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type",
					"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
			.andExpect(
					header().string("Content-Disposition", org.hamcrest.Matchers.containsString("tien-do-lop-7.xlsx")));
	}

	@Test
	void theTrainerRemindsSelectedLearnersOnceADay() throws Exception {
		String body = "{\"enrolmentIds\":[102]}";
		mvc.perform(
				post("/api/classes/7/reminders").with(KeycloakJwt.user("demo.trainer", "NA-DIENCHAU-DIENKY", "TRAINER"))
					.contentType(MediaType.APPLICATION_JSON)
					.content(body))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.sent").value(1));
		mvc.perform(
				post("/api/classes/7/reminders").with(KeycloakJwt.user("demo.trainer", "NA-DIENCHAU-DIENKY", "TRAINER"))
					.contentType(MediaType.APPLICATION_JSON)
					.content(body))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.sent").value(0))
			.andExpect(jsonPath("$.alreadyToday").value(1));
		mvc.perform(post("/api/classes/7/reminders")
			.with(KeycloakJwt.user("other.trainer", "NA-DIENCHAU-DIENKY", "TRAINER"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)).andExpect(status().isForbidden());
	}

	private static LearnerSummary learner(long id, String name, String path) {
		return new LearnerSummary(id, name, null, 1, "NA-DIENCHAU-DIENKY", path, LearnerCategory.CONG_CHUC, null, null,
				null, true);
	}

}
