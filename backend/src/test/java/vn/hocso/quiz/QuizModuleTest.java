package vn.hocso.quiz;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import vn.hocso.enrolment.EnrolmentDirectory;
import vn.hocso.enrolment.EnrolmentLifecycle;
import vn.hocso.progress.LectureProgress;

/**
 * The quiz module's test context, one for all its classes: quiz with the organization
 * module (scopes, the access policy), identity and platform; a {@link MutableClock} the
 * tests move; the enrolment and lecture-progress modules' APIs as mocks. Every test class
 * of the module carries exactly this annotation, so they share one context.
 */
@Target(TYPE)
@Retention(RUNTIME)
@Documented
@ApplicationModuleTest(extraIncludes = { "organization", "identity", "platform" })
@AutoConfigureMockMvc
@Import(MutableClock.Config.class)
@MockitoBean(types = { EnrolmentDirectory.class, EnrolmentLifecycle.class, LectureProgress.class })
public @interface QuizModuleTest {

}
