package vn.hocso.learner;

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

/**
 * The learner module's test context, shared by all its test classes: the learner module
 * with the org tree it scopes by and follows (organization), identity and platform. Every
 * class of the module uses this annotation and nothing else, so they share one context.
 */
@Target(TYPE)
@Retention(RUNTIME)
@Documented
@ApplicationModuleTest(extraIncludes = { "organization", "identity", "platform" })
@AutoConfigureMockMvc
// Files above ten rows are validated in the background (BackgroundImportTests); the
// other import tests upload fewer rows.
@TestPropertySource(properties = "hocso.learner-import.background-rows=10")
// @ApplicationModuleTest implies PER_CLASS; the tests rely on fresh fields.
@TestInstance(PER_METHOD)
public @interface LearnerModuleTest {

}
