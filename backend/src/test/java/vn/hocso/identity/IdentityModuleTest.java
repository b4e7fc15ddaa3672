package vn.hocso.identity;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * The identity module on its own, with the platform module it uses. The caller's unit
 * ({@link CallerUnitDirectory}, the organization module's) is a mock; the real lookup is
 * checked in the organization module's tests. Every test class of the module carries
 * exactly this annotation, so they share one context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ApplicationModuleTest(extraIncludes = "platform")
@AutoConfigureMockMvc
@MockitoBean(types = CallerUnitDirectory.class)
public @interface IdentityModuleTest {

}
