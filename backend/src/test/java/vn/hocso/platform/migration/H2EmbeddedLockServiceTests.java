package vn.hocso.platform.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.UUID;

import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.lockservice.LockService;
import liquibase.lockservice.LockServiceFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The migration lock on embedded H2: a lock row left by a process that died is released
 * at the next start instead of being waited for; two runs of one process still exclude
 * each other, within the configured wait.
 */
class H2EmbeddedLockServiceTests {

	private final String url = "jdbc:h2:mem:lock-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";

	@AfterEach
	void restoreWait() {
		MigrationLockWait.set(MigrationLockWait.DEFAULT);
		LockServiceFactory.getInstance().resetAll();
	}

	@Test
	void embeddedH2GetsTheLockServiceThatKnowsItIsAlone() throws Exception {
		try (Connection connection = DriverManager.getConnection(url)) {
			assertThat(lockService(connection)).isInstanceOf(H2EmbeddedLockService.class);
		}
		assertThat(H2EmbeddedLockService.isEmbedded("jdbc:h2:file:./data/hocso;WRITE_DELAY=0")).isTrue();
		assertThat(H2EmbeddedLockService.isEmbedded("jdbc:h2:tcp://db:9092/hocso")).isFalse();
		assertThat(H2EmbeddedLockService.isEmbedded("jdbc:h2:file:./data/hocso;AUTO_SERVER=TRUE")).isFalse();
	}

	@Test
	void aLockRowLeftByAKilledProcessIsReleasedInsteadOfWaitedFor() throws Exception {
		MigrationLockWait.set(Duration.ofMinutes(5));
		try (Connection connection = DriverManager.getConnection(url)) {
			LockService first = lockService(connection);
			first.waitForLock();
			first.releaseLock();
			// What a kill -9 mid-migration leaves: the row says LOCKED and nobody alive
			// holds it.
			try (Statement sql = connection.createStatement()) {
				sql.executeUpdate("UPDATE DATABASECHANGELOGLOCK SET LOCKED = TRUE, LOCKEDBY = 'node-that-died', "
						+ "LOCKGRANTED = CURRENT_TIMESTAMP - INTERVAL '1' HOUR WHERE ID = 1");
			}
			LockServiceFactory.getInstance().resetAll();

			long started = System.nanoTime();
			LockService next = lockService(connection);
			next.waitForLock();

			assertThat(next.hasChangeLogLock()).isTrue();
			assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
			next.releaseLock();
		}
	}

	@Test
	void aSecondRunOfThisProcessWaitsAndThenFailsNamingTheHolder() throws Exception {
		MigrationLockWait.set(Duration.ofSeconds(1));
		try (Connection one = DriverManager.getConnection(url); Connection two = DriverManager.getConnection(url)) {
			LockService holder = lockService(one);
			holder.waitForLock();
			LockService waiter = new H2EmbeddedLockService();
			waiter.setDatabase(database(two));

			long started = System.nanoTime();
			assertThatThrownBy(waiter::waitForLock).isInstanceOf(MigrationLockTimeoutException.class)
				.hasMessageStartingWith(
						"The database migration lock was not free within 1s (hocso.migration.lock-wait): "
								+ "it is held by ")
				.hasMessageContaining("since ");
			assertThat(Duration.ofNanos(System.nanoTime() - started)).isBetween(Duration.ofSeconds(1),
					Duration.ofSeconds(10));

			holder.releaseLock();
			waiter.waitForLock();
			assertThat(waiter.hasChangeLogLock()).isTrue();
			waiter.releaseLock();
		}
	}

	private static LockService lockService(Connection connection) throws Exception {
		return LockServiceFactory.getInstance().getLockService(database(connection));
	}

	private static Database database(Connection connection) throws Exception {
		return DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(connection));
	}

}
