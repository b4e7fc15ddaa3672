package vn.hocso.platform;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.sql.SQLNonTransientConnectionException;
import java.time.Duration;
import java.util.Set;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Recognises a failure that means "the database cannot be reached right now" (pool empty,
 * server restarting, connection cut) rather than a bug: such a request is worth retrying,
 * so it is answered 503 with Retry-After, never 500.
 */
public final class DatabaseOutage {

	/**
	 * What clients are told to wait before retrying; a PostgreSQL restart or fail-over
	 * takes seconds.
	 */
	static final Duration RETRY_AFTER = Duration.ofSeconds(5);

	/**
	 * SQLSTATE 08xxx: connection exceptions; 57P01-57P03: the server is shutting down or
	 * starting.
	 */
	private static final Set<String> OUTAGE_STATES = Set.of("57P01", "57P02", "57P03");

	private static final String HIKARI_CLOSED_CONNECTION = "Connection is closed";

	private DatabaseOutage() {
	}

	/**
	 * True when this failure (or a cause) means the database cannot be reached right now.
	 */
	public static boolean isCause(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
			if (cause instanceof DataAccessResourceFailureException || cause instanceof CannotCreateTransactionException
					|| cause instanceof TransientDataAccessResourceException || cause instanceof QueryTimeoutException
					|| cause instanceof SQLTransientConnectionException
					|| cause instanceof SQLNonTransientConnectionException
					|| cause.getClass().getName().equals("org.hibernate.exception.JDBCConnectionException")) {
				return true;
			}
			if (cause instanceof SQLException sql && sql.getSQLState() != null
					&& (sql.getSQLState().startsWith("08") || OUTAGE_STATES.contains(sql.getSQLState()))) {
				return true;
			}
			// The pool closed a connection under a transaction because it broke (08xxx);
			// the rollback that
			// follows fails on it, and that failure replaces the outage the query met.
			if (cause instanceof SQLException sql && HIKARI_CLOSED_CONNECTION.equals(sql.getMessage())) {
				return true;
			}
		}
		return false;
	}

}
