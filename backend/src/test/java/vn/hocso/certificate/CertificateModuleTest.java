package vn.hocso.certificate;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import vn.hocso.course.CourseCatalog;
import vn.hocso.enrolment.EnrolmentDirectory;
import vn.hocso.exam.ExamResults;
import vn.hocso.learner.LearnerDirectory;
import vn.hocso.training.TrainedFocalPoints;

/**
 * The certificate module's test context, one for all its classes: certificate with the
 * organization module (the demo tree, scopes and the access policy), identity and
 * platform; the learner registry, course catalogue, enrolment directory (waves, accounts)
 * and the training and exam modules' APIs as mocks. Every test class of the module
 * carries exactly this annotation, so they share one context.
 */
@Target(TYPE)
@Retention(RUNTIME)
@Documented
@ApplicationModuleTest(extraIncludes = { "organization", "identity", "platform" })
@AutoConfigureMockMvc
@MockitoBean(types = { LearnerDirectory.class, CourseCatalog.class, EnrolmentDirectory.class, TrainedFocalPoints.class,
		ExamResults.class })
public @interface CertificateModuleTest {

}
