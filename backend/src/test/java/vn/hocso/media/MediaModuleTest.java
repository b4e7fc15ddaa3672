package vn.hocso.media;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import vn.hocso.identity.CallerUnitDirectory;

/**
 * The media module on its own, with the identity and platform modules it uses. Who else
 * than staff may read a file ({@link MediaReaders}, the course module's) is a mock, as is
 * the organization module's {@link CallerUnitDirectory} that identity's /api/me reads.
 * Every test class of the module carries exactly this annotation, so they share one
 * context (the object-store class adds its store, so it has its own).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ApplicationModuleTest(extraIncludes = { "identity", "platform" })
@AutoConfigureMockMvc
@TestPropertySource(properties = { "hocso.media.dir=target/test-media/api", "hocso.media.max-upload-size=256KB",
		"hocso.media.link-ttl=5s" })
@MockitoBean(types = { MediaReaders.class, CallerUnitDirectory.class })
public @interface MediaModuleTest {

}
