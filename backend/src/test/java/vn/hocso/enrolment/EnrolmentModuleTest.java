package vn.hocso.enrolment;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;
import static org.junit.jupiter.api.TestInstance.Lifecycle.PER_METHOD;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import vn.hocso.course.CourseCatalog;
import vn.hocso.identity.StaffDirectory;
import vn.hocso.learner.LearnerDirectory;

/**
 * The enrolment module's test context, shared by all its test classes: the enrolment
 * module with the real working-day calendar (deadlines), org tree and scoping
 * (organization), identity and platform. The learner registry, the course catalog, the
 * trained-trainer register (training) and the staff directory (Keycloak) are mocks. Every
 * class of the module uses this annotation and nothing else, so they share one context.
 */
@Target(TYPE)
@Retention(RUNTIME)
@Documented
@ApplicationModuleTest(extraIncludes = { "calendar", "organization", "identity", "platform" })
@AutoConfigureMockMvc
@MockitoBean(types = { LearnerDirectory.class, CourseCatalog.class, TrainerQualification.class, StaffDirectory.class })
// @ApplicationModuleTest implies PER_CLASS; the tests rely on fresh fields.
@TestInstance(PER_METHOD)
public @interface EnrolmentModuleTest {

}
