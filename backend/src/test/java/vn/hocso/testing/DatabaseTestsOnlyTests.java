package vn.hocso.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.lang.annotation.ElementType;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.junit.jupiter.SpringJUnitConfig;

/**
 * Which classes the PostgreSQL pass keeps: Spring context tests however they are
 * annotated, ITs, and nothing else.
 */
class DatabaseTestsOnlyTests {

	@Test
	void keepsSpringContextTestsThroughMetaAnnotationsSuperclassesAndEnclosingClasses() {
		assertThat(DatabaseTestsOnly.touchesDatabase(BootTest.class)).isTrue();
		assertThat(DatabaseTestsOnly.touchesDatabase(ModuleTest.class)).isTrue();
		assertThat(DatabaseTestsOnly.touchesDatabase(ComposedModuleTest.class)).isTrue();
		assertThat(DatabaseTestsOnly.touchesDatabase(JUnitConfigTest.class)).isTrue();
		assertThat(DatabaseTestsOnly.touchesDatabase(InheritedBootTest.class)).isTrue();
		assertThat(DatabaseTestsOnly.touchesDatabase(BootTest.Inner.class)).isTrue();
	}

	@Test
	void keepsIntegrationTestsAndLeavesPlainUnitTestsOut() {
		assertThat(DatabaseTestsOnly.touchesDatabase(PlainIT.class)).isTrue();
		assertThat(DatabaseTestsOnly.touchesDatabase(DatabaseTestsOnlyTests.class)).isFalse();
		assertThat(DatabaseTestsOnly.touchesDatabase(Plain.class)).isFalse();
	}

	@SpringBootTest
	static class BootTest {

		@Nested
		class Inner {

		}

	}

	static class InheritedBootTest extends BootTest {

	}

	@ApplicationModuleTest
	static class ModuleTest {

	}

	@Target(ElementType.TYPE)
	@Retention(RetentionPolicy.RUNTIME)
	@ApplicationModuleTest
	@interface SomeModuleTest {

	}

	@SomeModuleTest
	static class ComposedModuleTest {

	}

	@SpringJUnitConfig
	static class JUnitConfigTest {

	}

	static class PlainIT {

	}

	static class Plain {

	}

}
