package vn.hocso.openlearning;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import vn.hocso.course.CourseCatalog;

/**
 * The open-learning module on its own, with the modules it uses: organization (posters
 * per commune of the demo tree, who may print them), media (a material's video), identity
 * and platform. Courses as poster targets ({@link CourseCatalog}, the course module's)
 * are a mock. Every test class of the module carries exactly this annotation, so they
 * share one context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ApplicationModuleTest(extraIncludes = { "organization", "media", "identity", "platform" })
@AutoConfigureMockMvc
@MockitoBean(types = CourseCatalog.class)
public @interface OpenLearningModuleTest {

}
