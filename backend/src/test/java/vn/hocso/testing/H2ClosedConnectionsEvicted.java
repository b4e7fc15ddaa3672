package vn.hocso.testing;

import java.sql.SQLException;

import com.zaxxer.hikari.SQLExceptionOverride;

/**
 * H2's TCP client reports a connection whose socket broke as "database is already closed"
 * (90121), a code Hikari does not take for a dead connection, so the pool would keep
 * lending it out after an outage. PostgreSQL's 08xxx states are recognised by Hikari
 * itself; this only matters to tests that cut an H2 TCP connection.
 */
public class H2ClosedConnectionsEvicted implements SQLExceptionOverride {

	private static final int DATABASE_CALLED_AT_SHUTDOWN = 90121;

	private static final int CONNECTION_BROKEN = 90067;

	@java.lang.Override
	public Override adjudicate(SQLException ex) {
		for (Throwable t = ex; t != null; t = t.getCause()) {
			if (t instanceof SQLException sql
					&& (sql.getErrorCode() == DATABASE_CALLED_AT_SHUTDOWN || sql.getErrorCode() == CONNECTION_BROKEN)) {
				return Override.MUST_EVICT;
			}
		}
		return Override.CONTINUE_EVICT;
	}

}
