package vn.hocso.course;

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
 * The course module on its own, with the media, identity and platform modules it uses
 * (lectures show uploaded videos and attachments, and learners stream them by the
 * course's {@code MediaReaders}). Who is enrolled ({@link CourseEnrolments}, the
 * enrolment module's) is a mock, as is the organization module's
 * {@link CallerUnitDirectory} that identity's /api/me reads. Every test class of the
 * module carries exactly this annotation, so they share one context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ApplicationModuleTest(extraIncludes = { "media", "identity", "platform" })
@AutoConfigureMockMvc
@TestPropertySource(properties = "hocso.media.dir=target/test-media/course")
@MockitoBean(types = { CourseEnrolments.class, CallerUnitDirectory.class })
public @interface CourseModuleTest {

}
