package vn.hocso.platform.migration;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;

/**
 * Which databases (by JDBC URL) this JVM has locked for a whole Liquibase run. Liquibase
 * 4.33 reads the changelog, and creates its databasechangelog table while doing so,
 * before it takes its own lock: two nodes on an empty database both tried to create it
 * and one failed. So the app takes the lock first, on a connection of its own
 * ({@link MigrationLockConfig}), and the lock services that Liquibase then asks for see
 * it here and do not take it a second time.
 */
final class MigrationLockAroundLiquibase {

	private static final Map<String, Connection> HOLDERS = new ConcurrentHashMap<>();

	private MigrationLockAroundLiquibase() {
	}

	static void held(String url, Connection holder) {
		HOLDERS.put(url, holder);
	}

	static void released(String url) {
		HOLDERS.remove(url);
	}

	/** True while another connection of this JVM holds the lock for this database. */
	static boolean covers(@Nullable String url, @Nullable Connection asking) {
		Connection holder = url == null ? null : HOLDERS.get(url);
		try {
			// A holder whose connection was closed (its start failed) no longer covers
			// anything.
			return holder != null && holder != asking && !holder.isClosed();
		}
		catch (SQLException ex) {
			return false;
		}
	}

}
