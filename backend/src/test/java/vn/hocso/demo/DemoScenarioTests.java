package vn.hocso.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import vn.hocso.course.CourseCatalog;
import vn.hocso.course.CourseCatalog.CourseVersionView;
import vn.hocso.course.CourseCatalog.LectureView;
import vn.hocso.demo.DemoScenario.DemoScenarioSteps;
import vn.hocso.enrolment.ClassRef;
import vn.hocso.enrolment.EnrolmentDirectory;
import vn.hocso.enrolment.EnrolmentRef;
import vn.hocso.enrolment.EnrolmentStatus;
import vn.hocso.identity.KeycloakUserAdmin;
import vn.hocso.learner.LearnerDirectory;
import vn.hocso.learner.LearnerSummary;
import vn.hocso.organization.OrgUnitDirectory;
import vn.hocso.progress.LectureProgress;
import vn.hocso.quiz.domain.QuizAttemptRepository;

/**
 * The demo scenario on the test database, with a three-lecture course standing in for the
 * demo course (no ffmpeg) and Keycloak's user lookup stubbed: learners, accounts, wave,
 * classes, progress, and demo.learner2's final quiz passed through the quiz module.
 */
@SpringBootTest(properties = { "hocso.demo.scenario.learners=classpath:seed-data/demo/learners.json",
		"hocso.demo.scenario.course-wait=PT0S", "hocso.demo.quiz=classpath:seed-data/quiz/demo-quiz.json" })
class DemoScenarioTests {

	private static final long COURSE = 880_001;

	private static final long VERSION = 880_002;

	@Autowired
	DemoScenario scenario;

	@Autowired
	DemoScenarioSteps steps;

	@Autowired
	LearnerDirectory learners;

	@Autowired
	OrgUnitDirectory units;

	@Autowired
	EnrolmentDirectory enrolments;

	@Autowired
	LectureProgress progress;

	@Autowired
	QuizAttemptRepository attempts;

	@Autowired
	org.springframework.jdbc.core.JdbcTemplate jdbc;

	@MockitoBean
	CourseCatalog catalog;

	@MockitoBean
	KeycloakUserAdmin keycloak;

	private final CourseVersionView course = new CourseVersionView(COURSE, VERSION, 1, "CDS-CBCCVC",
			"Chuyển đổi số cho cán bộ, công chức, viên chức", 90, 30,
			List.of(new LectureView(VERSION * 10 + 1, 1, "Chính quyền số", "m1", 30, List.of()),
					new LectureView(VERSION * 10 + 2, 2, "Xã hội số", "m2", 30, List.of()),
					new LectureView(VERSION * 10 + 3, 3, "Kinh tế số", "m3", 30, List.of())));

	@BeforeEach
	void theDemoCourseIsPublished() throws InterruptedException {
		scenario.await(java.time.Duration.ofSeconds(10));
		given(catalog.courseIdOfCode("CDS-CBCCVC")).willReturn(Optional.of(COURSE));
		given(catalog.currentPublished(COURSE)).willReturn(Optional.of(course));
		given(catalog.version(VERSION)).willReturn(Optional.of(course));
		given(keycloak.findUserId("demo.learner")).willReturn(Optional.of("kc-demo-learner"));
		given(keycloak.findUserId("demo.learner2")).willReturn(Optional.empty());
	}

	@Test
	void theScenarioSeedsLearnersAWaveWithTheTrainersClassProgressAndAPassedQuizOnce() throws Exception {
		runAsSystem();
		runAsSystem();

		String dienChau = units.findSummaryByCode("NA-DIENCHAU").orElseThrow().path();
		List<LearnerSummary> demoLearners = learners.findActiveInSubtree(dienChau)
			.stream()
			.filter(l -> l.fullName().equals("Đặng Quốc Hưng") || l.fullName().equals("Nguyễn Thị Hồng Ánh")
					|| l.fullName().equals("Lê Văn Dũng"))
			.toList();
		assertThat(demoLearners).as("registered once, however often the scenario runs").hasSize(3);

		long learnerId = enrolments.learnerIdOfUsername("demo.learner").orElseThrow();
		List<EnrolmentRef> own = enrolments.ofLearner(learnerId);
		assertThat(own).hasSize(1);
		EnrolmentRef enrolment = own.get(0);
		assertThat(enrolment.courseVersionId()).isEqualTo(VERSION);
		assertThat(enrolment.clockStartedAt()).as("the account's issue started the clock").isNotNull();
		assertThat(enrolment.status()).isEqualTo(EnrolmentStatus.IN_PROGRESS);
		assertThat(progress.allLecturesComplete(enrolment.enrolmentId())).isTrue();
		assertThat(progress.summary(enrolment.enrolmentId()).minutesStudied()).isPositive();

		List<ClassRef> trainersClasses = enrolments.classesOfTrainer("demo.trainer");
		assertThat(trainersClasses).extracting(ClassRef::classId).contains(enrolment.classId());
		assertThat(enrolments.ofWave(enrolment.waveId())).hasSize(36);

		assertThat(enrolments.learnerIdOfUsername("demo.learner2"))
			.as("a demo user missing from Keycloak gets no account, with a warning")
			.isEmpty();
		LearnerSummary notStarted = demoLearners.stream()
			.filter(l -> l.fullName().equals("Lê Văn Dũng"))
			.findFirst()
			.orElseThrow();
		EnrolmentRef untouched = enrolments.ofLearner(notStarted.id()).get(0);
		assertThat(untouched.status()).isEqualTo(EnrolmentStatus.NOT_STARTED);
		assertThat(progress.summary(untouched.enrolmentId()).lecturesCompleted()).isZero();

		// Keycloak gains demo.learner2 (the coordinator restarts it): the next start
		// links the account.
		given(keycloak.findUserId("demo.learner2")).willReturn(Optional.of("kc-demo-learner2"));
		runAsSystem();
		long learner2 = enrolments.learnerIdOfUsername("demo.learner2").orElseThrow();
		EnrolmentRef passed = enrolments.ofLearner(learner2).get(0);
		assertThat(progress.allLecturesComplete(passed.enrolmentId())).isTrue();
		assertThat(passed.status()).as("the final quiz, answered and submitted as the learner, completed the enrolment")
			.isEqualTo(EnrolmentStatus.COMPLETED);
		assertThat(attempts.findByEnrolmentIdOrderByAttemptNumberAsc(passed.enrolmentId())).singleElement()
			.satisfies(attempt -> assertThat(attempt.isPassed()).isTrue());

		runAsSystem();
		assertThat(attempts.findByEnrolmentIdOrderByAttemptNumberAsc(passed.enrolmentId())).as("passed once")
			.hasSize(1);

		// The demo citizen (issue 17): in the open course, its lectures watched and its
		// quiz passed.
		long citizen = enrolments.learnerIdOfUsername("demo.citizen").orElseThrow();
		assertThat(enrolments.ofLearner(citizen)).singleElement().satisfies(open -> {
			assertThat(open.deadline()).as("self-paced").isNull();
			assertThat(open.status()).isEqualTo(EnrolmentStatus.COMPLETED);
		});
		assertThat(learners.findActiveInSubtree(dienChau)).as("not on any official's list")
			.noneMatch(learner -> learner.id() == citizen);

		// The demo community helper (ADR 0380), once Keycloak knows them: granted for
		// Diễn Kỷ, with three
		// citizens they registered, the first of them into the open course; seeded once
		// however often run.
		given(keycloak.findUserId("demo.helper")).willReturn(Optional.of("kc-demo-helper"));
		runAsSystem();
		runAsSystem();
		long helper = enrolments.learnerIdOfUsername("demo.helper").orElseThrow();
		assertThat(jdbc.queryForObject("select count(*) from community_helper_grant where helper_learner_id = ? "
				+ "and revoked_at is null and granted_by = 'demo.unitadmin'", Integer.class, helper))
			.isEqualTo(1);
		assertThat(jdbc.queryForObject("select count(*) from citizen where assisted_by = 'demo.helper'", Integer.class))
			.isEqualTo(3);
		long bình = enrolments.learnerIdOfUsername("demo.assisted1").orElseThrow();
		assertThat(enrolments.ofLearner(bình)).singleElement()
			.satisfies(open -> assertThat(progress.summary(open.enrolmentId()).lecturesCompleted()).isPositive());
		assertThat(enrolments.ofLearner(enrolments.learnerIdOfUsername("demo.assisted3").orElseThrow())).isEmpty();
	}

	private void runAsSystem() throws Exception {
		DemoScenario.signIn();
		try {
			steps.run(course);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

}
