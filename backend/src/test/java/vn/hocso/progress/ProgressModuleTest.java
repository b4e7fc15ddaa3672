package vn.hocso.progress;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;
import static org.junit.jupiter.api.TestInstance.Lifecycle.PER_METHOD;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import vn.hocso.course.CourseCatalog;
import vn.hocso.enrolment.EnrolmentDirectory;
import vn.hocso.enrolment.EnrolmentLifecycle;
import vn.hocso.identity.CallerUnitDirectory;

/**
 * The progress module's test context, shared by all its test classes: the progress module
 * with identity and platform; the enrolment and course modules' APIs are mocks (and
 * organization's, which identity's /api/me reads the caller's unit from). The heartbeat
 * writer thread is on: it is what these tests test. Every class of the module uses this
 * annotation and nothing else, so they share one context.
 */
@Target(TYPE)
@Retention(RUNTIME)
@Documented
@ApplicationModuleTest(extraIncludes = { "identity", "platform" })
@AutoConfigureMockMvc
@MockitoBean(
		types = { EnrolmentDirectory.class, EnrolmentLifecycle.class, CourseCatalog.class, CallerUnitDirectory.class })
@TestPropertySource(properties = "hocso.progress.background-writer=true")
// @ApplicationModuleTest implies PER_CLASS; the tests rely on fresh fields.
@TestInstance(PER_METHOD)
public @interface ProgressModuleTest {

}
