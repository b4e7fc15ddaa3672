package vn.hocso.account;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;
import static org.junit.jupiter.api.TestInstance.Lifecycle.PER_METHOD;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import vn.hocso.identity.KeycloakUserAdmin;
import vn.hocso.testing.InMemoryLearners;

/**
 * The account module's test context, shared by all its test classes: the account module
 * with the org tree it scopes by (organization), identity and platform. The learner
 * module's API is the in-memory registry ({@link InMemoryLearners}); Keycloak's admin API
 * is a mock (the *IT classes issue against a real Keycloak). Every class of the module
 * uses this annotation and nothing else, so they share one context.
 */
@Target(TYPE)
@Retention(RUNTIME)
@Documented
@ApplicationModuleTest(extraIncludes = { "organization", "identity", "platform" })
@AutoConfigureMockMvc
@Import(InMemoryLearners.Config.class)
@MockitoBean(types = KeycloakUserAdmin.class)
// @ApplicationModuleTest implies PER_CLASS; the tests rely on fresh fields.
@TestInstance(PER_METHOD)
public @interface AccountModuleTest {

}
