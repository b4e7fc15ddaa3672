package vn.hocso.dashboard;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import vn.hocso.course.CourseCatalog;
import vn.hocso.enrolment.EnrolmentDirectory;
import vn.hocso.learner.LearnerDirectory;
import vn.hocso.progress.LectureProgress;
import vn.hocso.quiz.QuizResults;

/**
 * The dashboard module with the real org tree and scoping (organization), the reminders a
 * trainer sends (reminder, once a day per learner), the calendar, identity and platform;
 * enrolments, progress, courses, learners and quiz results are mocks. Every dashboard
 * module test uses exactly this annotation, so they share one context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ApplicationModuleTest(extraIncludes = { "organization", "reminder", "calendar", "identity", "platform" })
@AutoConfigureMockMvc
@MockitoBean(types = { EnrolmentDirectory.class, LectureProgress.class, CourseCatalog.class, LearnerDirectory.class,
		QuizResults.class })
public @interface DashboardModuleTest {

}
