package vn.hocso.platform.migration;

import java.time.Duration;

import liquibase.exception.LockException;

/** The migration lock stayed taken for longer than hocso.migration.lock-wait. */
public class MigrationLockTimeoutException extends LockException {

	private final Duration waited;

	private final String holder;

	MigrationLockTimeoutException(Duration waited, String holder) {
		super("The database migration lock was not free within " + MigrationLockWait.readable(waited)
				+ " (hocso.migration.lock-wait): it is held by " + holder);
		this.waited = waited;
		this.holder = holder;
	}

	public Duration waited() {
		return waited;
	}

	public String holder() {
		return holder;
	}

}
