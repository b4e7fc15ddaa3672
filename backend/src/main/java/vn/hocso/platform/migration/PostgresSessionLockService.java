package vn.hocso.platform.migration;

import java.net.InetAddress;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import com.github.blagerweij.sessionlock.PGLockService;
import liquibase.database.jvm.JdbcConnection;
import liquibase.exception.LockException;
import org.jspecify.annotations.Nullable;

/**
 * The migration lock on PostgreSQL: liquibase-sessionlock's session-level advisory lock,
 * which the server drops when the holder's connection ends (a node killed mid-migration
 * leaves nothing behind), plus a bounded wait and a holder a person can find: while
 * migrating, the connection's application_name reads "hocso &lt;host&gt;:&lt;pid&gt;
 * since &lt;instant&gt;".
 */
public class PostgresSessionLockService extends PGLockService {

	/** PostgreSQL keeps 63 bytes of an application_name. */
	private static final int APPLICATION_NAME_MAX = 63;

	private static final String HOLDER = """
			SELECT l.pid, a.application_name, host(a.client_addr) AS client, a.backend_start
			FROM pg_locks l LEFT JOIN pg_stat_activity a ON a.pid = l.pid
			WHERE l.locktype = 'advisory' AND l.granted AND l.objsubid = 2
			  AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())
			  AND l.classid::bigint = ? AND l.objid::bigint = ?""";

	private @Nullable String previousApplicationName;

	@Override
	public int getPriority() {
		return super.getPriority() + 1;
	}

	@Override
	public void waitForLock() throws LockException {
		MigrationLockWait.await(this::acquireLock, this::holder);
	}

	@Override
	public boolean acquireLock() throws LockException {
		if (coveredAroundLiquibase()) {
			hasChangeLogLock = true;
			return true;
		}
		return super.acquireLock();
	}

	@Override
	public void releaseLock() throws LockException {
		if (coveredAroundLiquibase()) {
			hasChangeLogLock = false;
			return;
		}
		super.releaseLock();
	}

	private boolean coveredAroundLiquibase() throws LockException {
		return MigrationLockAroundLiquibase.covers(database.getConnection().getURL(), connection());
	}

	@Override
	protected boolean acquireLock(Connection con) throws SQLException, LockException {
		if (!super.acquireLock(con)) {
			return false;
		}
		previousApplicationName = setApplicationName(con, holderName());
		return true;
	}

	@Override
	protected void releaseLock(Connection con) throws SQLException, LockException {
		try {
			super.releaseLock(con);
		}
		finally {
			if (previousApplicationName != null) {
				setApplicationName(con, previousApplicationName);
				previousApplicationName = null;
			}
		}
	}

	/**
	 * "hocso node-a:4711 since 2026-12-02T05:50:01Z (PostgreSQL pid 123, client 10.0.0.5,
	 * …)".
	 */
	String holder() throws LockException {
		try (PreparedStatement query = connection().prepareStatement(HOLDER)) {
			// pg_locks shows the two int4 keys as unsigned oids.
			query.setLong(1, Integer.toUnsignedLong(database.getDatabaseChangeLogLockTableName().hashCode()));
			query.setLong(2, Integer.toUnsignedLong(String.valueOf(database.getDefaultSchemaName()).hashCode()));
			try (ResultSet row = query.executeQuery()) {
				if (!row.next()) {
					return "nobody any more (the lock was just released)";
				}
				return "%s (PostgreSQL pid %d, client %s, connected since %s)".formatted(
						row.getString("application_name"), row.getInt("pid"), row.getString("client"),
						row.getTimestamp("backend_start").toInstant().truncatedTo(ChronoUnit.SECONDS));
			}
		}
		catch (SQLException ex) {
			throw new LockException("Could not read who holds the database migration lock", ex);
		}
	}

	private Connection connection() throws LockException {
		if (database.getConnection() instanceof JdbcConnection jdbc) {
			return jdbc.getUnderlyingConnection();
		}
		throw new LockException("Not a JDBC connection: " + database.getConnection());
	}

	static String holderName() {
		String suffix = ":" + ProcessHandle.current().pid() + " since " + Instant.now().truncatedTo(ChronoUnit.SECONDS);
		String host = hostName();
		int room = APPLICATION_NAME_MAX - "hocso ".length() - suffix.length();
		return "hocso " + (host.length() > room ? host.substring(0, room) : host) + suffix;
	}

	private static String hostName() {
		try {
			return InetAddress.getLocalHost().getHostName();
		}
		catch (Exception ex) {
			String env = System.getenv("HOSTNAME");
			return env == null ? "unknown-host" : env;
		}
	}

	private static String setApplicationName(Connection con, String name) throws SQLException {
		try (PreparedStatement set = con
			.prepareStatement("SELECT current_setting('application_name'), set_config('application_name', ?, false)")) {
			set.setString(1, name);
			try (ResultSet row = set.executeQuery()) {
				row.next();
				return row.getString(1);
			}
		}
	}

}
