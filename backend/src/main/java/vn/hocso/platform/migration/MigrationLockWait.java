package vn.hocso.platform.migration;

import java.time.Duration;
import java.util.concurrent.Callable;

import liquibase.exception.LockException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How long a start waits for the migration lock (hocso.migration.lock-wait). Liquibase
 * creates its lock services itself, outside Spring, so the setting reaches them through
 * this holder, set just before Liquibase runs ({@link MigrationLockConfig}); Liquibase's
 * own wait is in whole minutes and rechecks every 10 s, too coarse for nodes that start
 * together.
 */
public final class MigrationLockWait {

	/**
	 * The default when no Spring setting has been seen (Liquibase run outside the app).
	 */
	public static final Duration DEFAULT = Duration.ofMinutes(5);

	static final Duration POLL = Duration.ofMillis(500);

	private static final Logger log = LoggerFactory.getLogger(MigrationLockWait.class);

	private static volatile Duration limit = DEFAULT;

	private MigrationLockWait() {
	}

	public static void set(Duration wait) {
		limit = wait.isNegative() ? Duration.ZERO : wait;
	}

	public static Duration limit() {
		return limit;
	}

	/** Holder of the lock, as a person can read it: who, on which host, since when. */
	interface Holder {

		String describe() throws LockException;

	}

	/**
	 * Tries {@code attempt} until it succeeds or the configured wait is over; then fails
	 * with one message naming the holder.
	 */
	static void await(Callable<Boolean> attempt, Holder holder) throws LockException {
		Duration wait = limit;
		long deadline = System.nanoTime() + wait.toNanos();
		boolean announced = false;
		while (true) {
			if (call(attempt)) {
				return;
			}
			if (System.nanoTime() - deadline >= 0) {
				throw new MigrationLockTimeoutException(wait, holder.describe());
			}
			if (!announced) {
				// Once per start: another node is migrating, this one waits for it (up to
				// the limit).
				log.info("Waiting up to {} for the database migration lock, held by {}", readable(wait),
						holder.describe());
				announced = true;
			}
			try {
				Thread.sleep(POLL);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new LockException("Interrupted while waiting for the database migration lock", ex);
			}
		}
	}

	/** "5m", "3s", "1m30s": as the setting is written. */
	static String readable(Duration duration) {
		return duration.toString().substring(2).toLowerCase(java.util.Locale.ROOT);
	}

	private static boolean call(Callable<Boolean> attempt) throws LockException {
		try {
			return Boolean.TRUE.equals(attempt.call());
		}
		catch (LockException ex) {
			throw ex;
		}
		catch (Exception ex) {
			throw new LockException(ex);
		}
	}

}
