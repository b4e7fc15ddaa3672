package vn.hocso.platform.migration;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import liquibase.database.Database;
import liquibase.database.core.H2Database;
import liquibase.database.jvm.JdbcConnection;
import liquibase.exception.DatabaseException;
import liquibase.exception.LockException;
import liquibase.lockservice.DatabaseChangeLogLock;
import liquibase.lockservice.StandardLockService;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The migration lock on an embedded H2 database (a file, or memory): such a database is
 * open in one process only (H2 locks the file), so a lock row that no Liquibase run of
 * this process holds was left by a process that died mid-migration, and is released at
 * once instead of being waited for. Runs of this process (several test contexts) still
 * exclude each other. H2 in server mode (tcp:, AUTO_SERVER) keeps Liquibase's standard
 * table lock.
 */
public class H2EmbeddedLockService extends StandardLockService {

	private static final Logger log = LoggerFactory.getLogger(H2EmbeddedLockService.class);

	/**
	 * Databases (by URL) whose lock a run of this JVM holds, with the connection that
	 * holds it.
	 */
	private static final Map<String, Connection> HELD_HERE = new HashMap<>();

	@Override
	public int getPriority() {
		return super.getPriority() + 1;
	}

	@Override
	public boolean supports(Database database) {
		return database instanceof H2Database && database.getConnection() != null
				&& isEmbedded(database.getConnection().getURL());
	}

	static boolean isEmbedded(String url) {
		String lower = url.toLowerCase(Locale.ROOT);
		return lower.startsWith("jdbc:h2:") && !lower.startsWith("jdbc:h2:tcp:") && !lower.startsWith("jdbc:h2:ssl:")
				&& !lower.replace(" ", "").contains("auto_server=true");
	}

	@Override
	public void waitForLock() throws LockException {
		MigrationLockWait.await(this::acquireLock, this::holder);
	}

	@Override
	public boolean acquireLock() throws LockException {
		if (hasChangeLogLock()) {
			return true;
		}
		if (coveredAroundLiquibase()) {
			hasChangeLogLock = true;
			return true;
		}
		synchronized (HELD_HERE) {
			if (heldHere()) {
				return false;
			}
			releaseStaleLock();
			if (!super.acquireLock()) {
				return false;
			}
			HELD_HERE.put(key(), ownConnection());
			return true;
		}
	}

	@Override
	public void releaseLock() throws LockException {
		if (coveredAroundLiquibase()) {
			hasChangeLogLock = false;
			return;
		}
		try {
			super.releaseLock();
		}
		finally {
			synchronized (HELD_HERE) {
				HELD_HERE.remove(key());
			}
		}
	}

	private void releaseStaleLock() throws LockException {
		DatabaseChangeLogLock[] locks = super.listLocks();
		if (locks.length == 0) {
			return;
		}
		log.warn(
				"Releasing the database migration lock left by {} since {}: that process is gone "
						+ "(an embedded H2 database is open in this process only)",
				locks[0].getLockedBy(), locks[0].getLockGranted() == null ? "?"
						: locks[0].getLockGranted().toInstant().truncatedTo(ChronoUnit.SECONDS));
		try {
			super.forceReleaseLock();
		}
		catch (DatabaseException ex) {
			throw new LockException(ex);
		}
	}

	private String holder() throws LockException {
		DatabaseChangeLogLock[] locks = super.listLocks();
		return locks.length == 0 ? "another migration of this process"
				: "%s since %s (another migration of this process)".formatted(locks[0].getLockedBy(),
						locks[0].getLockGranted().toInstant().truncatedTo(ChronoUnit.SECONDS));
	}

	private boolean coveredAroundLiquibase() {
		return MigrationLockAroundLiquibase.covers(key(), ownConnection());
	}

	/**
	 * Held by a run of this JVM whose connection is still open (a failed start closed its
	 * pool).
	 */
	private boolean heldHere() {
		Connection holder = HELD_HERE.get(key());
		try {
			return holder != null && !holder.isClosed();
		}
		catch (SQLException ex) {
			return false;
		}
	}

	private @Nullable Connection ownConnection() {
		return database.getConnection() instanceof JdbcConnection jdbc ? jdbc.getUnderlyingConnection() : null;
	}

	private String key() {
		return database.getConnection().getURL();
	}

}
