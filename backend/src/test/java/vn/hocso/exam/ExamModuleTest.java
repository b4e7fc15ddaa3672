package vn.hocso.exam;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import vn.hocso.enrolment.EnrolmentDirectory;
import vn.hocso.enrolment.EnrolmentLifecycle;
import vn.hocso.progress.LectureProgress;
import vn.hocso.training.StaffList;
import vn.hocso.training.TrainingClock;

/**
 * The exam module's test context, one for all its classes: exam with the quiz module that
 * runs its sittings, organization (the demo tree, scopes), identity and platform; a
 * settable clock and the staff list in memory (the learner module's API); the enrolment
 * module's directory (whose account is whose) and the quiz's other neighbours as mocks.
 * Every test class of the module carries exactly this annotation, so they share one
 * context.
 */
@Target(TYPE)
@Retention(RUNTIME)
@Documented
@ApplicationModuleTest(extraIncludes = { "quiz", "organization", "identity", "platform" })
@AutoConfigureMockMvc
@Import(ExamModuleTest.Config.class)
@MockitoBean(types = { EnrolmentDirectory.class, EnrolmentLifecycle.class, LectureProgress.class })
public @interface ExamModuleTest {

	/** The settable clock and the staff list. */
	@TestConfiguration(proxyBeanMethods = false)
	class Config {

		@Bean
		@Primary
		TrainingClock examClock() {
			return new TrainingClock();
		}

		@Bean
		@Primary
		StaffList staffList() {
			return new StaffList();
		}

	}

}
