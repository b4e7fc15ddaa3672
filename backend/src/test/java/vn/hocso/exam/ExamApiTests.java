package vn.hocso.exam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import com.jayway.jsonpath.JsonPath;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

import vn.hocso.enrolment.EnrolmentDirectory;
import vn.hocso.learner.LearnerSummary;
import vn.hocso.organization.OrgUnitDirectory;
import vn.hocso.organization.OrgUnitSummary;
import vn.hocso.quiz.ExamAttemptClosed;
import vn.hocso.quiz.domain.QuestionBank;
import vn.hocso.testing.KeycloakJwt;
import vn.hocso.training.StaffList;
import vn.hocso.training.TrainingClock;

/**
 * An IT officers' exam for Diễn Châu, through HTTP: who may see and sit it, its window,
 * attempts and pass mark, the pass announced once, and results per unit for the staff in
 * scope.
 */
@ExamModuleTest
@Transactional
@RecordApplicationEvents
class ExamApiTests {

	private static final AtomicLong COURSES = new AtomicLong(7_700_000 + System.nanoTime() % 100_000 * 10);

	static final RequestPostProcessor ADMIN = KeycloakJwt.user("demo.admin", "NA", "ADMIN");

	static final RequestPostProcessor DIENCHAU_ADMIN = KeycloakJwt.user("dc.unitadmin", "NA-DIENCHAU", "UNIT_ADMIN");

	static final RequestPostProcessor SYT_ADMIN = KeycloakJwt.user("syt.unitadmin", "NA-SYT", "UNIT_ADMIN");

	@Autowired
	MockMvc mvc;

	@Autowired
	OrgUnitDirectory units;

	@Autowired
	StaffList staff;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TrainingClock clock;

	@Autowired
	QuestionBank bank;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationEvents recorded;

	@Autowired
	EnrolmentDirectory accounts;

	ExamDesk desk;

	String suffix;

	long examId;

	RequestPostProcessor itA;

	RequestPostProcessor itB;

	RequestPostProcessor clerk;

	RequestPostProcessor itOutside;

	LearnerSummary officerA;

	LearnerSummary officerB;

	@BeforeEach
	void anItOfficersExamForDienChau() throws Exception {
		desk = new ExamDesk(mvc);
		staff.clear();
		suffix = Long.toString(System.nanoTime(), 36);
		clock.set(Instant.parse("2026-10-01T03:00:00Z"));
		long courseId = ExamDesk.bank(bank, COURSES.incrementAndGet());
		officerA = official("Nguyễn Văn An", "NA-DIENCHAU", "Cán bộ CNTT", "it.a");
		officerB = official("Trần Thị Bình", "NA-DIENCHAU-DIENKY", "Công chức Văn phòng, kiêm cán bộ CNTT", "it.b");
		official("Lê Văn Cường", "NA-DIENCHAU", "Công chức Tài chính - Kế toán", "clerk");
		official("Phạm Thị Dung", "NA-SYT", "Cán bộ CNTT", "it.syt");
		itA = learner("it.a", "NA-DIENCHAU");
		itB = learner("it.b", "NA-DIENCHAU-DIENKY");
		clerk = learner("clerk", "NA-DIENCHAU");
		itOutside = learner("it.syt", "NA-SYT");
		examId = desk.create(ADMIN, ExamDesk.exam("Sát hạch cán bộ CNTT Diễn Châu", courseId, "POSITION",
				"[\"cán bộ CNTT\"]", unit("NA-DIENCHAU").id(), "2026-10-01T00:00:00Z", "2026-10-08T00:00:00Z"));
	}

	@Test
	void anOfficialWhosePositionMatchesSeesTheExamOnTheirHome() throws Exception {
		mvc.perform(get("/api/me/exams").with(itB))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.id == " + examId + ")].canStart").value(true))
			.andExpect(jsonPath("$[?(@.id == " + examId + ")].questionCount").value(10));
	}

	@Test
	void anOfficialOutsideThePopulationDoesNotSeeItAndGetsA404() throws Exception {
		for (RequestPostProcessor outsider : List.of(clerk, itOutside)) {
			mvc.perform(get("/api/me/exams").with(outsider))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$[?(@.id == " + examId + ")]").isEmpty());
			mvc.perform(get("/api/me/exams/" + examId).with(outsider))
				.andExpect(status().isNotFound())
				.andExpect(jsonPath("$.code").value("exam.not-found"));
			desk.start(outsider, examId).andExpect(status().isNotFound());
		}
	}

	@Test
	void anotherCandidatesAttemptIsA404() throws Exception {
		long attemptId = attemptOf(desk.start(itA, examId).andExpect(status().isOk()));
		mvc.perform(get("/api/quiz-attempts/" + attemptId).with(itB)).andExpect(status().isNotFound());
		mvc.perform(get("/api/quiz-attempts/" + attemptId).with(itA))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.examId").value(examId))
			.andExpect(jsonPath("$.questions.length()").value(10))
			.andExpect(jsonPath("$.secondsLeft").value(15 * 60))
			.andExpect(jsonPath("$.result").doesNotExist());
	}

	@Test
	void nobodyStartsBeforeTheWindowOpensOrAfterItCloses() throws Exception {
		clock.set(Instant.parse("2026-09-30T23:59:00Z"));
		desk.start(itA, examId)
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("exam.not-open-yet"));
		clock.set(Instant.parse("2026-10-08T00:00:00Z"));
		desk.start(itA, examId).andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("exam.closed"));
		mvc.perform(get("/api/me/exams/" + examId).with(itA)).andExpect(jsonPath("$.canStart").value(false));
	}

	@Test
	void twoAttemptsAreAllowedAndNotAThird() throws Exception {
		assertThat(passed(desk.sit(itA, examId, 2))).isFalse();
		assertThat(passed(desk.sit(itA, examId, 3))).isFalse();

		desk.start(itA, examId)
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("quiz.no-attempts-left"));
		mvc.perform(get("/api/me/exams/" + examId).with(itA))
			.andExpect(jsonPath("$.canStart").value(false))
			.andExpect(jsonPath("$.attempts.length()").value(2));
	}

	@Test
	void sixOfTenPassesAtSixtyPercentAndFiveDoesNot() throws Exception {
		String five = desk.sit(itA, examId, 5);
		String six = desk.sit(itB, examId, 6);

		assertThat(passed(five)).isFalse();
		assertThat((Integer) JsonPath.read(five, "$.result.scorePercent")).isEqualTo(50);
		assertThat(passed(six)).isTrue();
		assertThat((Integer) JsonPath.read(six, "$.result.passPercent")).isEqualTo(60);
	}

	@Test
	void aPassIsAnnouncedOnceAndAPassedCandidateCannotStartAgain() throws Exception {
		String result = desk.sit(itA, examId, 10);
		long attemptId = ((Number) JsonPath.read(result, "$.attemptId")).longValue();

		desk.start(itA, examId)
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("quiz.already-passed"));
		// The same grading announced again (a replay) changes nothing.
		events.publishEvent(new ExamAttemptClosed(attemptId, examId, "it.a." + suffix, 1, Instant.now(),
				Instant.parse("2026-10-01T03:10:00Z"), 100, true));

		assertThat(recorded.stream(ExamPassed.class).filter(e -> e.examId() == examId)).singleElement()
			.satisfies(passed -> assertThat(passed.learnerId()).isEqualTo(officerA.id()));
		assertThat(jdbc.sql("select count(*) from exam_result where exam_id = ? and passed_at is not null")
			.param(examId)
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void resultsPerUnitCountCandidatesAssessedAndPassedAndListWhoHasNotTakenIt() throws Exception {
		desk.sit(itA, examId, 10);

		mvc.perform(get("/api/exams/" + examId + "/results").with(DIENCHAU_ADMIN))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.candidates").value(2))
			.andExpect(jsonPath("$.assessed").value(1))
			.andExpect(jsonPath("$.passed").value(1))
			.andExpect(jsonPath("$.passRate").value(100.0))
			.andExpect(jsonPath("$.units.length()").value(2))
			// Per unit too: the rates the phone's cards show.
			.andExpect(jsonPath("$.units[?(@.assessed == 1)].passRate").value(org.hamcrest.Matchers.contains(100.0)))
			.andExpect(
					jsonPath("$.units[?(@.assessed == 1)].assessedRate").value(org.hamcrest.Matchers.contains(100.0)))
			.andExpect(jsonPath("$.units[?(@.assessed == 0)].assessedRate").value(org.hamcrest.Matchers.contains(0.0)))
			.andExpect(jsonPath("$.notTaken[*].id").value(org.hamcrest.Matchers.contains((int) officerB.id())));
	}

	@Test
	void staffSeeTheExamsPositionsInTheList() throws Exception {
		mvc.perform(get("/api/exams").with(DIENCHAU_ADMIN))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.id == " + examId + ")].positionList[0]").value("cán bộ CNTT"));
	}

	@Test
	void staffOutsideTheExamsSubtreeAreRefused() throws Exception {
		mvc.perform(get("/api/exams/" + examId).with(SYT_ADMIN))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.code").value("exam.out-of-scope"));
		mvc.perform(get("/api/exams/" + examId + "/results").with(SYT_ADMIN)).andExpect(status().isForbidden());
		mvc.perform(get("/api/exams").with(SYT_ADMIN)).andExpect(jsonPath("$[?(@.id == " + examId + ")]").isEmpty());
		mvc.perform(get("/api/exams").with(itA)).andExpect(status().isForbidden());
		mvc.perform(get("/api/exams/" + examId + "/results").with(DIENCHAU_ADMIN)).andExpect(status().isOk());
		mvc.perform(get("/api/exams/424242424").with(ADMIN)).andExpect(status().isNotFound());
	}

	@Test
	void aUnitAdminCreatesExamsOnlyForTheirOwnSubtree() throws Exception {
		String forSyt = ExamDesk.exam("Sát hạch", 1, "POSITION", "[\"cán bộ CNTT\"]", unit("NA-SYT").id(),
				"2026-10-01T00:00:00Z", "2026-10-08T00:00:00Z");
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/exams")
			.with(DIENCHAU_ADMIN)
			.contentType(org.springframework.http.MediaType.APPLICATION_JSON)
			.content(forSyt)).andExpect(status().isForbidden());
	}

	private LearnerSummary official(String name, String unitCode, String position, String username) {
		LearnerSummary official = staff.add(name, unit(unitCode));
		staff.position(official.id(), position);
		// The account issued to the official, as the enrolment module keeps it.
		given(accounts.learnerIdOfUsername(username + "." + suffix)).willReturn(Optional.of(official.id()));
		given(accounts.usernameOfLearner(official.id())).willReturn(Optional.of(username + "." + suffix));
		return official;
	}

	private RequestPostProcessor learner(String username, String unitCode) {
		return KeycloakJwt.user(username + "." + suffix, unitCode, "LEARNER");
	}

	private OrgUnitSummary unit(String code) {
		return units.findSummaryByCode(code).orElseThrow();
	}

	private static long attemptOf(org.springframework.test.web.servlet.ResultActions started) throws Exception {
		return ((Number) JsonPath.read(started.andReturn().getResponse().getContentAsString(), "$.attemptId"))
			.longValue();
	}

	private static boolean passed(String result) {
		return JsonPath.read(result, "$.result.passed");
	}

}
