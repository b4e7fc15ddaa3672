package vn.hocso.platform.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.BooleanSupplier;

import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import vn.hocso.testing.AppProcess;
import vn.hocso.testing.ScratchPostgres;

/**
 * The migration lock against the real PostgreSQL, with the packaged app in separate JVMs:
 * a node killed mid-migration does not stop the next start; nodes starting together
 * migrate once; a start that cannot get the lock fails in time, naming the holder.
 * PostgreSQL pass only (-Ppostgres).
 */
class MigrationLockIT {

	private static final Duration START = Duration.ofMinutes(6);

	private static final Path LOGS = Path.of("target", "migration-lock-it");

	@BeforeAll
	static void onlyAgainstPostgres() {
		assumeTrue(ScratchPostgres.available(), "PostgreSQL pass only (./hocso test-postgres)");
	}

	@Test
	void aNodeKilledWhileMigratingLeavesNoLockAndTheNextStartCompletesTheSchema() throws Exception {
		try (ScratchPostgres db = ScratchPostgres.create("kill"); Connection test = db.connect()) {
			int appliedAtKill;
			try (AppProcess first = AppProcess.start(LOGS.resolve("killed.log"), arguments(db))) {
				await(() -> changesetsApplied(test) >= 3, START, first);
				// Freeze the migration between two changesets: its next changelog row
				// waits for this lock.
				test.setAutoCommit(false);
				execute(test, "LOCK TABLE databasechangelog IN SHARE MODE");
				await(() -> waitsForChangelogTable(test), Duration.ofMinutes(2), first);
				appliedAtKill = count(db, "SELECT count(*) FROM databasechangelog");
				assertThat(advisoryLocks(db)).as("the migrating node holds the advisory lock").isEqualTo(1);
				first.kill9();
				test.rollback();
				test.setAutoCommit(true);
			}
			// The server ends the dead node's session, and its lock with it: nobody has
			// to release it by hand.
			await(() -> advisoryLocks(db) == 0, Duration.ofSeconds(30), null);

			try (AppProcess second = AppProcess.start(LOGS.resolve("restarted.log"), arguments(db))) {
				second.awaitReady(START);
				assertThat(unrunChangesets(db)).as("changesets not applied").isEmpty();
				assertThat(count(db, "SELECT count(*) FROM databasechangelog")).isGreaterThan(appliedAtKill);
				assertThat(count(db,
						"SELECT count(*) FROM (SELECT id, author, filename FROM databasechangelog "
								+ "GROUP BY id, author, filename HAVING count(*) > 1) twice"))
					.as("changesets applied twice")
					.isZero();
			}
		}
	}

	@Test
	void nodesStartedTogetherMigrateOnceAndBothBecomeReady() throws Exception {
		try (ScratchPostgres db = ScratchPostgres.create("pair");
				Connection test = db.connect();
				AppProcess a = AppProcess.start(LOGS.resolve("pair-a.log"), arguments(db));
				AppProcess b = AppProcess.start(LOGS.resolve("pair-b.log"), arguments(db))) {
			// Whoever migrates first is held after its first changesets until the other
			// has asked for the lock.
			await(() -> changesetsApplied(test) >= 1, START, null);
			test.setAutoCommit(false);
			execute(test, "LOCK TABLE databasechangelog IN SHARE MODE");
			await(() -> a.output().contains("Waiting up to") || b.output().contains("Waiting up to"), START, null);
			test.rollback();
			test.setAutoCommit(true);

			a.awaitReady(START);
			b.awaitReady(START);

			List<AppProcess> migrated = List.of(a, b)
				.stream()
				.filter(app -> app.output().contains("ran successfully"))
				.toList();
			List<AppProcess> waited = List.of(a, b)
				.stream()
				.filter(app -> app.output().contains("Waiting up to"))
				.toList();
			assertThat(migrated).as("nodes that applied changesets").hasSize(1);
			assertThat(waited).as("nodes that waited for the lock").hasSize(1).doesNotContainAnyElementsOf(migrated);
			assertThat(unrunChangesets(db)).isEmpty();
			assertThat(count(db,
					"SELECT count(*) FROM (SELECT id, author, filename FROM databasechangelog "
							+ "GROUP BY id, author, filename HAVING count(*) > 1) twice"))
				.as("changesets applied twice")
				.isZero();
		}
	}

	@Test
	void aStartThatCannotGetTheLockInTimeFailsNamingTheHolder() throws Exception {
		try (ScratchPostgres db = ScratchPostgres.create("wait"); Connection holder = db.connect()) {
			execute(holder, "SET application_name = 'node-b.example since 05:50'");
			// The same advisory lock the app takes, held by a session that never lets go.
			Database liquibaseDb = DatabaseFactory.getInstance()
				.findCorrectDatabaseImplementation(new JdbcConnection(db.connect()));
			try (Statement sql = holder.createStatement()) {
				sql.execute("SELECT pg_advisory_lock(" + liquibaseDb.getDatabaseChangeLogLockTableName().hashCode()
						+ ", " + liquibaseDb.getDefaultSchemaName().hashCode() + ")");
			}
			liquibaseDb.close();

			try (AppProcess app = AppProcess.start(LOGS.resolve("timeout.log"),
					append(arguments(db), "--hocso.migration.lock-wait=3s"))) {
				assertThat(app.awaitExit(START)).isNotZero();
				assertThat(app.output()).contains("APPLICATION FAILED TO START")
					.contains(
							"The database migration lock was not free within 3s (hocso.migration.lock-wait): it is held by "
									+ "node-b.example since 05:50 (PostgreSQL pid")
					.doesNotContain("Started HocSoApplication");
			}
			assertThat(count(db, "SELECT count(*) FROM pg_tables WHERE tablename = 'databasechangelog'")).isZero();
		}
	}

	private static List<String> arguments(ScratchPostgres db) {
		return List.of("--spring.profiles.active=postgres", "--spring.datasource.url=" + db.url(),
				"--hocso.data-dir=" + LOGS.resolve("data").toAbsolutePath());
	}

	private static List<String> append(List<String> list, String more) {
		return java.util.stream.Stream.concat(list.stream(), java.util.stream.Stream.of(more)).toList();
	}

	private static int changesetsApplied(Connection test) {
		try (Statement sql = test.createStatement();
				ResultSet row = sql
					.executeQuery("SELECT count(*) FROM pg_tables WHERE tablename = 'databasechangelog'")) {
			row.next();
			if (row.getInt(1) == 0) {
				return 0;
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
		return count(test, "SELECT count(*) FROM databasechangelog");
	}

	/**
	 * True once another session waits for a lock on databasechangelog (the test holds
	 * it).
	 */
	private static boolean waitsForChangelogTable(Connection test) {
		return count(test,
				"SELECT count(*) FROM pg_locks WHERE NOT granted AND relation = 'databasechangelog'::regclass") > 0;
	}

	private static int advisoryLocks(ScratchPostgres db) {
		return count(db, "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND granted "
				+ "AND database = (SELECT oid FROM pg_database WHERE datname = current_database())");
	}

	private static List<?> unrunChangesets(ScratchPostgres db) throws Exception {
		try (Connection connection = db.connect()) {
			Database database = DatabaseFactory.getInstance()
				.findCorrectDatabaseImplementation(new JdbcConnection(connection));
			Liquibase liquibase = new Liquibase("db/changelog/db.changelog-master.yaml",
					new ClassLoaderResourceAccessor(), database);
			return liquibase.listUnrunChangeSets(new Contexts(), new LabelExpression());
		}
	}

	private static int count(ScratchPostgres db, String query) {
		try (Connection connection = db.connect()) {
			return count(connection, query);
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static int count(Connection connection, String query) {
		try (Statement sql = connection.createStatement(); ResultSet row = sql.executeQuery(query)) {
			row.next();
			return row.getInt(1);
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void execute(Connection connection, String statement) throws SQLException {
		try (Statement sql = connection.createStatement()) {
			sql.execute(statement);
		}
	}

	private static void await(BooleanSupplier condition, Duration timeout, AppProcess app) throws InterruptedException {
		Instant deadline = Instant.now().plus(timeout);
		while (!condition.getAsBoolean()) {
			if (Instant.now().isAfter(deadline)) {
				throw new AssertionError("Not within " + timeout + (app == null ? "" : ":\n" + app.output()));
			}
			Thread.sleep(20);
		}
	}

}
