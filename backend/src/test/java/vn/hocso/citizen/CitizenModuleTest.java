package vn.hocso.citizen;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import vn.hocso.certificate.IssuedCertificates;
import vn.hocso.course.CourseCatalog;
import vn.hocso.enrolment.EnrolmentDirectory;
import vn.hocso.identity.KeycloakUserAdmin;
import vn.hocso.progress.LectureProgress;

/**
 * The citizen module's test context, one for all its classes: citizen with the learner
 * and account modules it registers citizens and prints slips with (and the task module
 * they report to), organization, identity and platform; Keycloak's admin API, the
 * enrolment directory (whose account is whose), lecture progress, the course catalogue
 * and the certificates as mocks. Every test class of the module carries exactly this
 * annotation, so they share one context.
 */
@Target(TYPE)
@Retention(RUNTIME)
@Documented
@ApplicationModuleTest(extraIncludes = { "learner", "account", "task", "organization", "identity", "platform" })
@AutoConfigureMockMvc
@MockitoBean(types = { KeycloakUserAdmin.class, EnrolmentDirectory.class, LectureProgress.class, CourseCatalog.class,
		IssuedCertificates.class })
public @interface CitizenModuleTest {

}
