package vn.hocso.reminder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import vn.hocso.enrolment.EnrolmentDirectory;
import vn.hocso.enrolment.EnrolmentLifecycle;
import vn.hocso.enrolment.EnrolmentRef;
import vn.hocso.enrolment.EnrolmentStatus;
import vn.hocso.identity.CallerUnitDirectory;
import vn.hocso.learner.LearnerCategory;
import vn.hocso.learner.LearnerDirectory;
import vn.hocso.learner.LearnerSummary;
import vn.hocso.reminder.domain.ReminderMailer;
import vn.hocso.testing.KeycloakJwt;

/**
 * At most one reminder of a kind per learner and Vietnam day, enforced by the database's
 * unique key. The reminder module alone with the calendar, identity and platform it uses;
 * the enrolment and learner modules' APIs are mocks.
 */
@ApplicationModuleTest(extraIncludes = { "calendar", "identity", "platform" })
@AutoConfigureMockMvc
// /api/me (identity) reads the caller's unit from the organization module, which is not
// started here.
@MockitoBean(types = CallerUnitDirectory.class)
class ReminderDeduplicationTests {

	private static final AtomicLong IDS = new AtomicLong(50_000);

	@Autowired
	Reminders reminders;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MockMvc mvc;

	@MockitoBean
	EnrolmentDirectory enrolments;

	@MockitoBean
	EnrolmentLifecycle lifecycle;

	@MockitoBean
	LearnerDirectory learners;

	@MockitoBean
	ReminderMailer mailer;

	private EnrolmentRef enrolment;

	@BeforeEach
	void aLearnerWithAnEMailAddress() {
		long id = IDS.incrementAndGet();
		enrolment = new EnrolmentRef(id, id, 1, 1, 1L, 1, "/1/", 7L, EnrolmentStatus.IN_PROGRESS, null,
				LocalDate.parse("2026-12-04"), null);
		given(learners.findAll(anyCollection())).willReturn(List.of(new LearnerSummary(id, "Đặng Quốc Hưng", null, 1,
				"NA-DIENCHAU-DIENKY", "/1/", LearnerCategory.CONG_CHUC, "hung@example.vn", null, null, true)));
		given(enrolments.learnerIdOfUsername("learner" + id)).willReturn(Optional.of(id));
		given(enrolments.find(id)).willReturn(Optional.of(enrolment));
	}

	@Test
	void theSameReminderReachesALearnerOnceADay() {
		boolean first = reminders.send(enrolment, ReminderKind.BEHIND, null);
		boolean second = reminders.send(enrolment, ReminderKind.BEHIND, "demo.trainer");

		assertThat(first).isTrue();
		assertThat(second).isFalse();
		assertThat(count()).isEqualTo(1);
		org.mockito.Mockito.verify(mailer, org.mockito.Mockito.times(1))
			.send(org.mockito.ArgumentMatchers.eq("hung@example.vn"), org.mockito.ArgumentMatchers.anyString(),
					org.mockito.ArgumentMatchers.contains("2026-12-04"));
	}

	@Test
	void twoNodesSendingTheSameReminderAtOnceSendItOnce() throws Exception {
		java.util.concurrent.CyclicBarrier together = new java.util.concurrent.CyclicBarrier(8);
		List<java.util.concurrent.Future<Boolean>> sent = new java.util.ArrayList<>();
		try (var senders = java.util.concurrent.Executors.newFixedThreadPool(8)) {
			for (int i = 0; i < 8; i++) {
				sent.add(senders.submit(() -> {
					together.await();
					return reminders.send(enrolment, ReminderKind.BEHIND, null);
				}));
			}
		}

		int sentCount = 0;
		for (var one : sent) {
			sentCount += one.get() ? 1 : 0;
		}
		assertThat(sentCount).isEqualTo(1);
		assertThat(count()).isEqualTo(1);
		org.mockito.Mockito.verify(mailer, org.mockito.Mockito.times(1))
			.send(org.mockito.ArgumentMatchers.eq("hung@example.vn"), org.mockito.ArgumentMatchers.anyString(),
					org.mockito.ArgumentMatchers.anyString());
	}

	@Test
	void anotherKindOnTheSameDayIsSent() {
		reminders.send(enrolment, ReminderKind.BEHIND, null);

		assertThat(reminders.send(enrolment, ReminderKind.DEADLINE_SOON, null)).isTrue();
		assertThat(count()).isEqualTo(2);
	}

	@Test
	void theDatabaseRefusesADuplicateEvenWithoutTheService() {
		String insert = "INSERT INTO reminder (learner_id, enrolment_id, kind, sent_on, sent_at) VALUES (?, ?, 'BEHIND', ?, CURRENT_TIMESTAMP)";
		jdbc.update(insert, enrolment.learnerId(), enrolment.enrolmentId(), LocalDate.parse("2026-11-20"));

		assertThatThrownBy(() -> jdbc.update(insert, enrolment.learnerId(), enrolment.enrolmentId(),
				LocalDate.parse("2026-11-20")))
			.isInstanceOf(DuplicateKeyException.class);
		jdbc.update(insert, enrolment.learnerId(), enrolment.enrolmentId(), LocalDate.parse("2026-11-21"));
	}

	@Test
	void theLearnerSeesTheirRemindersInTheirLanguage() throws Exception {
		reminders.send(enrolment, ReminderKind.FROM_TRAINER, "demo.trainer");

		mvc.perform(get("/api/me/notifications")
			.with(KeycloakJwt.user("learner" + enrolment.learnerId(), "NA-DIENCHAU-DIENKY", "LEARNER"))
			.header("Accept-Language", "vi"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(1))
			.andExpect(jsonPath("$[0].kind").value("FROM_TRAINER"))
			.andExpect(jsonPath("$[0].title").value("Nhắc nhở từ cán bộ đầu mối"));
		mvc.perform(get("/api/me/notifications").with(KeycloakJwt.user("someone.else", "NA", "LEARNER")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(0));
	}

	private int count() {
		return jdbc.queryForObject("SELECT COUNT(*) FROM reminder WHERE learner_id = ?", Integer.class,
				enrolment.learnerId());
	}

}
