package vn.hocso.platform.migration;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * A start that gave up waiting for the migration lock ends with one message, not a stack
 * trace.
 */
public class MigrationLockFailureAnalyzer extends AbstractFailureAnalyzer<MigrationLockTimeoutException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, MigrationLockTimeoutException cause) {
		return new FailureAnalysis(cause.getMessage(),
				"Another node is migrating the database: start this one again when it is ready, or raise "
						+ "hocso.migration.lock-wait. A holder that was killed loses the lock by itself "
						+ "(PostgreSQL releases it with the connection).",
				cause);
	}

}
