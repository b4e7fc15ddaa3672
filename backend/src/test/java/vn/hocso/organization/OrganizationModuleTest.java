package vn.hocso.organization;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.modulith.test.ApplicationModuleTest;

/**
 * The organization module on its own, with the identity and platform modules it uses (the
 * demo tree loaded). It depends on no other module's API, so nothing is mocked. Every
 * test class of the module carries exactly this annotation, so they share one context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ApplicationModuleTest(extraIncludes = { "identity", "platform" })
@AutoConfigureMockMvc
public @interface OrganizationModuleTest {

}
