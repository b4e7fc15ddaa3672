package vn.hocso.headcount;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import vn.hocso.account.AccountFigures;
import vn.hocso.enrolment.EnrolmentFigures;

/**
 * The headcount module's test context, one for all its classes: headcount with the
 * organization module (the demo tree, scopes, units that move) and identity and platform;
 * the learner module's directory is {@link StubLearnerDirectory}, the enrolment and
 * account modules' figures are mocks (empty unless a test stubs them).
 */
@Target(TYPE)
@Retention(RUNTIME)
@Documented
@ApplicationModuleTest(extraIncludes = { "organization", "identity", "platform" })
@AutoConfigureMockMvc
@Import(StubLearnerDirectory.Config.class)
@MockitoBean(types = { EnrolmentFigures.class, AccountFigures.class })
public @interface HeadcountModuleTest {

}
