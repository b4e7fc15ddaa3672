package vn.hocso.platform.migration;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

import javax.sql.DataSource;

import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.exception.LiquibaseException;
import liquibase.integration.spring.SpringLiquibase;
import liquibase.lockservice.LockService;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.BeanInitializationException;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Holds the migration lock for the whole Liquibase run (from before it reads the
 * changelog until it is done), waiting at most hocso.migration.lock-wait: exactly one
 * node migrates, the others wait and then find nothing to do. See
 * {@link MigrationLockAroundLiquibase} for why Liquibase's own lock is taken too late.
 */
@Configuration(proxyBeanMethods = false)
class MigrationLockConfig {

	@Bean
	static BeanPostProcessor migrationLockAroundLiquibase(Environment environment) {
		return new LockAroundLiquibase(environment);
	}

	private static final class LockAroundLiquibase implements BeanPostProcessor {

		private final Environment environment;

		private final Map<SpringLiquibase, Held> held = new ConcurrentHashMap<>();

		LockAroundLiquibase(Environment environment) {
			this.environment = environment;
		}

		@Override
		public Object postProcessBeforeInitialization(Object bean, String beanName) {
			if (bean instanceof SpringLiquibase liquibase && liquibase.getDataSource() != null) {
				MigrationLockWait.set(Binder.get(environment)
					.bind("hocso.migration.lock-wait", Duration.class)
					.orElse(MigrationLockWait.DEFAULT));
				Held lock = take(liquibase.getDataSource());
				if (lock != null) {
					held.put(liquibase, lock);
				}
			}
			return bean;
		}

		@Override
		public Object postProcessAfterInitialization(Object bean, String beanName) {
			if (bean instanceof SpringLiquibase liquibase) {
				Held lock = held.remove(liquibase);
				if (lock != null) {
					lock.release();
				}
			}
			return bean;
		}

		private static @Nullable Held take(DataSource dataSource) {
			Connection connection = null;
			try {
				connection = dataSource.getConnection();
				Database database = DatabaseFactory.getInstance()
					.findCorrectDatabaseImplementation(new JdbcConnection(connection));
				LockService lock = lockServiceFor(database);
				if (lock == null) {
					connection.close();
					return null;
				}
				lock.waitForLock();
				String url = database.getConnection().getURL();
				MigrationLockAroundLiquibase.held(url, connection);
				return new Held(lock, url, connection);
			}
			catch (SQLException | LiquibaseException ex) {
				closeQuietly(connection);
				throw new BeanInitializationException(Objects.toString(ex.getMessage(), ex.toString()), ex);
			}
		}

		private static @Nullable LockService lockServiceFor(Database database) {
			for (LockService candidate : new LockService[] { new PostgresSessionLockService(),
					new H2EmbeddedLockService() }) {
				if (candidate.supports(database)) {
					candidate.setDatabase(database);
					return candidate;
				}
			}
			return null;
		}

		private static void closeQuietly(@Nullable Connection connection) {
			try {
				if (connection != null) {
					connection.close();
				}
			}
			catch (SQLException ex) {
				// the lock goes with the connection anyway
			}
		}

	}

	private record Held(LockService lock, String url, Connection connection) {

		void release() {
			MigrationLockAroundLiquibase.released(url);
			try {
				lock.releaseLock();
			}
			catch (LiquibaseException ex) {
				// Closing the connection below ends the session, and a session lock with
				// it.
			}
			finally {
				LockAroundLiquibase.closeQuietly(connection);
			}
		}

	}

}
