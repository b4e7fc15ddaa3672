package vn.hocso.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * Gives each Spring test context its own in-memory H2 database: sets
 * {@code hocso.test.database} (the name application-test.yml puts in
 * {@code spring.datasource.url}) to a new name when the context is built, and shuts that
 * database down when the context is closed (after its pool). Tests in one context share
 * its database; tests in different contexts never see each other's rows. The postgres
 * profile replaces the URL, so the PostgreSQL pass keeps its one database. The customizer
 * itself is the same for every test class, so it does not split the context cache.
 */
public final class DatabasePerContext implements ContextCustomizerFactory {

	static final String PROPERTY = "hocso.test.database";

	@Override
	public ContextCustomizer createContextCustomizer(Class<?> testClass,
			List<ContextConfigurationAttributes> configAttributes) {
		return Customizer.INSTANCE;
	}

	private enum Customizer implements ContextCustomizer {

		INSTANCE;

		@Override
		public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration merged) {
			String name = "hocso-test-" + UUID.randomUUID();
			context.getEnvironment()
				.getPropertySources()
				.addLast(new MapPropertySource("databasePerContext", Map.of(PROPERTY, name)));
			// Registered before every bean, so destroyed after all of them (the
			// connection pool included).
			if (context.getBeanFactory() instanceof DefaultListableBeanFactory beans) {
				beans.registerDisposableBean("databasePerContextShutdown", () -> shutDown(context, name));
			}
		}

		private static void shutDown(ConfigurableApplicationContext context, String name) {
			@Nullable String url = context.getEnvironment().getProperty("spring.datasource.url");
			if (url == null || !url.startsWith("jdbc:h2:mem:" + name)) {
				return;
			}
			try (Connection connection = DriverManager.getConnection(url, "sa", "");
					Statement statement = connection.createStatement()) {
				statement.execute("SHUTDOWN");
			}
			catch (SQLException ex) {
				// Already gone: nothing is held.
			}
		}

	}

}
