package vn.hocso.training;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import vn.hocso.exam.ExamCandidates;
import vn.hocso.exam.ExamResults;

/**
 * The training module's test context, one for all its classes: training with the
 * organization module (the demo tree, scopes) and identity and platform; the beans of
 * {@link TrainingTestConfig} (clock, staff list, TRAINER role, e-mails), the accounts
 * kept from {@code AccountIssued} by {@link IssuedAccounts} (the enrolment module's
 * directory) and the exam module's APIs as mocks.
 */
@Target(TYPE)
@Retention(RUNTIME)
@Documented
@ApplicationModuleTest(extraIncludes = { "organization", "identity", "platform" })
@AutoConfigureMockMvc
@Import({ TrainingTestConfig.class, IssuedAccounts.class })
@MockitoBean(types = { ExamCandidates.class, ExamResults.class })
public @interface TrainingModuleTest {

}
