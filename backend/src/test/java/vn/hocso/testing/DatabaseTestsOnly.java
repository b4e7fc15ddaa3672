package vn.hocso.testing;

import java.util.Arrays;
import java.util.Optional;

import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.platform.engine.FilterResult;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.PostDiscoveryFilter;
import org.springframework.core.annotation.MergedAnnotations;
import org.springframework.core.annotation.MergedAnnotations.SearchStrategy;
import org.springframework.test.context.BootstrapWith;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * With {@code -Dhocso.test.database-only=true} (the PostgreSQL pass, {@code -Ppostgres})
 * only the test classes that can touch the configured database run: Spring context tests
 * ({@code @SpringBootTest}, {@code @ApplicationModuleTest}, {@code @DataJdbcTest}, a
 * module's composed annotation… anything bootstrapped by Spring's TestContext framework,
 * found through meta-annotations, superclasses and enclosing classes) and integration
 * tests ({@code *IT}). Plain unit tests ran in the H2 pass and would run identically
 * again; they are left out. Without the property every test runs. Registered with the
 * JUnit Platform launcher in {@code META-INF/services}.
 */
public final class DatabaseTestsOnly implements PostDiscoveryFilter {

	public static final String PROPERTY = "hocso.test.database-only";

	@Override
	public FilterResult apply(TestDescriptor descriptor) {
		if (!Boolean.getBoolean(PROPERTY)) {
			return FilterResult.included("every test runs");
		}
		Optional<Class<?>> testClass = descriptor.getSource().flatMap(DatabaseTestsOnly::javaClass);
		if (testClass.isEmpty()) {
			return FilterResult.included("not a test class");
		}
		return touchesDatabase(testClass.get()) ? FilterResult.included("a Spring context test or an IT")
				: FilterResult.excluded(PROPERTY + ": a plain unit test (it runs in the H2 pass)");
	}

	/**
	 * Whether the class (or a class enclosing it, for {@code @Nested} ones) is an IT or
	 * is bootstrapped by Spring's TestContext framework.
	 */
	static boolean touchesDatabase(Class<?> testClass) {
		for (Class<?> type = testClass; type != null; type = type.getEnclosingClass()) {
			if (type.getSimpleName().endsWith("IT")) {
				return true;
			}
			MergedAnnotations annotations = MergedAnnotations.from(type, SearchStrategy.TYPE_HIERARCHY);
			if (annotations.isPresent(BootstrapWith.class) || annotations.isPresent(ContextConfiguration.class)
					|| annotations.stream(ExtendWith.class)
						.anyMatch(extension -> Arrays.asList(extension.getClassArray("value"))
							.contains(SpringExtension.class))) {
				return true;
			}
		}
		return false;
	}

	private static Optional<Class<?>> javaClass(TestSource source) {
		if (source instanceof ClassSource classSource) {
			return Optional.of(classSource.getJavaClass());
		}
		if (source instanceof MethodSource methodSource) {
			return Optional.of(methodSource.getJavaClass());
		}
		return Optional.empty();
	}

}
