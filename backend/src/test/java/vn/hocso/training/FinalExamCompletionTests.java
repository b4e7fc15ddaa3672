package vn.hocso.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

import vn.hocso.exam.ExamDesk;
import vn.hocso.learner.LearnerSummary;
import vn.hocso.organization.OrgUnitDirectory;
import vn.hocso.quiz.domain.QuestionBank;
import vn.hocso.testing.KeycloakJwt;

/**
 * A programme whose completion rule names an end-of-class exam: seated participants are
 * admitted to it, and attendance alone no longer completes; passing it does, even after
 * the class was closed.
 * <p>
 * A journey ({@code @SpringBootTest}): the exam module's real admission and ExamPassed.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
@Import(TrainingTestConfig.class)
@RecordApplicationEvents
class FinalExamCompletionTests {

	static final Instant DAY_ONE_MORNING = Instant.parse("2026-06-15T01:05:00Z");

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
	TrainedFocalPoints trained;

	@Autowired
	ApplicationEvents recorded;

	TrainingApi api;

	ExamDesk desk;

	String suffix;

	long programme;

	long classA;

	long examId;

	List<Long> sessions;

	LearnerSummary an;

	LearnerSummary binh;

	long nominationAn;

	long nominationBinh;

	@BeforeEach
	void aProgrammeWhoseRuleIsFiveSessionsAndTheFinalExam() throws Exception {
		api = new TrainingApi(mvc, units, staff, events);
		desk = new ExamDesk(mvc);
		clock.set(Instant.parse("2026-06-01T01:00:00Z"));
		suffix = Long.toString(System.nanoTime(), 36);
		programme = api.openProgramme(2, 1, 100, 5);
		classA = api.addClass(programme, "Lớp 1", "2026-06-15", 100, null);
		an = api.officialWithAccount("Nguyễn Văn An", "NA-SYT", "an." + suffix);
		binh = api.officialWithAccount("Trần Thị Bình", "NA-DIENCHAU", "binh." + suffix);
		nominationAn = api.nominated(TrainingApi.ADMIN, programme, an.id(), classA);
		nominationBinh = api.nominated(TrainingApi.ADMIN, programme, binh.id(), classA);
		long courseId = ExamDesk.bank(bank, 8_800_000 + System.nanoTime() % 100_000);
		examId = desk.create(TrainingApi.ADMIN, ExamDesk.exam("Kiểm tra cuối lớp", courseId, "NAMED", "[]",
				api.unit("NA").id(), "2026-06-01T00:00:00Z", "2026-07-01T00:00:00Z"));
		api.put("/api/training/programmes/" + programme + "/final-exam", TrainingApi.ADMIN,
				"{\"examId\":" + examId + "}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.examId").value(examId));
		api.allot(programme, "DATE_PREFERENCE").andExpect(jsonPath("$.seated").value(2));
		List<Integer> ids = TrainingApi.read(api.get("/api/training/classes/" + classA, TrainingApi.TEACHER),
				"$.sessions[*].id");
		sessions = ids.stream().map(Integer::longValue).toList();
		clock.set(DAY_ONE_MORNING);
	}

	@Test
	void seatedParticipantsAreAdmittedToTheFinalExam() throws Exception {
		api.get("/api/me/exams", participant(an, "an"))
			.andExpect(jsonPath("$[?(@.id == " + examId + ")].canStart").value(true));
	}

	@Test
	void attendanceAloneNoLongerCompletesAndPassingTheExamThenDoes() throws Exception {
		attend(nominationAn, 5);
		attend(nominationBinh, 6);

		api.post("/api/training/classes/" + classA + "/completion", TrainingApi.TEACHER, "")
			.andExpect(jsonPath("$.completedNow").value(0))
			.andExpect(jsonPath("$.notMeetingRule").value(2));
		assertThat(trained.isTrained(an.id())).isFalse();

		desk.sit(participant(an, "an"), examId, 10);

		assertThat(trained.isTrained(an.id())).isTrue();
		assertThat(trained.isTrained(binh.id())).isFalse();
		assertThat(recorded.stream(FocalPointTrained.class)).singleElement()
			.satisfies(event -> assertThat(event.learnerId()).isEqualTo(an.id()));
		api.post("/api/training/classes/" + classA + "/completion", TrainingApi.TEACHER, "")
			.andExpect(jsonPath("$.completedNow").value(0))
			.andExpect(jsonPath("$.alreadyCompleted").value(1))
			.andExpect(jsonPath("$.notMeetingRule").value(1));
	}

	@Test
	void passingTheExamWithoutEnoughSessionsDoesNotComplete() throws Exception {
		attend(nominationBinh, 4);
		desk.sit(participant(binh, "binh"), examId, 10);

		assertThat(trained.isTrained(binh.id())).isFalse();
		attend(nominationBinh, 5);
		api.post("/api/training/classes/" + classA + "/completion", TrainingApi.TEACHER, "")
			.andExpect(jsonPath("$.completedNow").value(1));
		assertThat(trained.isTrained(binh.id())).isTrue();
	}

	@Test
	void onlyANamedExamCanBeAProgrammesFinalExam() throws Exception {
		long courseId = ExamDesk.bank(bank, 8_900_000 + System.nanoTime() % 100_000);
		long positionExam = desk.create(TrainingApi.ADMIN, ExamDesk.exam("Sát hạch CNTT", courseId, "POSITION",
				"[\"cán bộ CNTT\"]", api.unit("NA").id(), "2026-06-01T00:00:00Z", "2026-07-01T00:00:00Z"));
		api.put("/api/training/programmes/" + programme + "/final-exam", TrainingApi.ADMIN,
				"{\"examId\":" + positionExam + "}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("training.final-exam-invalid"));
		api.put("/api/training/programmes/" + programme + "/final-exam", TrainingApi.DIENCHAU_ADMIN,
				"{\"examId\":null}")
			.andExpect(status().isForbidden());
	}

	private void attend(long nominationId, int count) throws Exception {
		for (int i = 0; i < count; i++) {
			api.post("/api/training/sessions/" + sessions.get(i) + "/attendance", TrainingApi.TEACHER,
					"""
							{"marks":[{"nominationId":%d,"clientId":"%s","present":true,"late":false,"leftEarly":false,"markedAt":"2026-06-15T01:04:00Z"}]}
							"""
						.formatted(nominationId, "s" + i + "-" + nominationId))
				.andExpect(status().isOk());
		}
	}

	private RequestPostProcessor participant(LearnerSummary official, String name) {
		return KeycloakJwt.user(name + "." + suffix, official.unitCode(), "LEARNER");
	}

}
