package vn.hocso.progress.domain;

import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.core.retry.RetryPolicy;
import org.springframework.core.retry.RetryTemplate;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpStatus;

import vn.hocso.enrolment.EnrolmentDirectory;
import vn.hocso.platform.ProblemException;

/**
 * Write-behind with group commit. A heartbeat joins the current batch; one writer thread
 * merges each batch into the database every {@code flush-interval}
 * ({@link ProgressStore#merge}, one transaction), then answers the batch's heartbeats
 * with the merged progress: what was acknowledged is stored. A heartbeat of an enrolment
 * withdrawn by then (asked of the database for every batch, so on every node) is refused
 * with 409. A batch that cannot be stored is retried twice (a lock timeout or deadlock
 * between nodes), then its heartbeats fail with 503: nothing of them is stored, the
 * player sends the next one. Stopping the application merges what is pending.
 */
public class ProgressWriter implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(ProgressWriter.class);

	/**
	 * A merge that failed on the database (a deadlock, a lost connection) is tried twice
	 * more, after 20 and 40 ms, before its heartbeats are answered with the failure; any
	 * other failure is answered at once.
	 */
	private static final RetryTemplate MERGE_RETRIES = new RetryTemplate(RetryPolicy.builder()
		.includes(DataAccessException.class)
		.maxRetries(2)
		.delay(Duration.ofMillis(20))
		.multiplier(2)
		.build());

	private final ProgressStore store;

	private final EnrolmentDirectory enrolments;

	private final ZoneId zone;

	private final Duration interval;

	private final Duration ackTimeout;

	private final boolean background;

	private final Object lock = new Object();

	private List<PendingHeartbeat> current = new ArrayList<>();

	private volatile boolean running;

	private @Nullable Thread thread;

	ProgressWriter(ProgressStore store, EnrolmentDirectory enrolments, ZoneId zone, Duration interval,
			Duration ackTimeout) {
		this(store, enrolments, zone, interval, ackTimeout, true);
	}

	/**
	 * {@code background} false: no writer thread, a heartbeat's batch is stored on the
	 * thread that waits for it.
	 */
	ProgressWriter(ProgressStore store, EnrolmentDirectory enrolments, ZoneId zone, Duration interval,
			Duration ackTimeout, boolean background) {
		this.store = store;
		this.enrolments = enrolments;
		this.zone = zone;
		this.interval = interval;
		this.ackTimeout = ackTimeout;
		this.background = background;
	}

	/**
	 * Adds the heartbeat to the current batch; its answer completes once the batch is
	 * stored.
	 */
	CompletableFuture<LectureSnapshot> enqueue(PendingHeartbeat heartbeat) {
		synchronized (lock) {
			current.add(heartbeat);
		}
		return heartbeat.answer();
	}

	/** Heartbeats waiting for the next batch (tests). */
	int pending() {
		synchronized (lock) {
			return current.size();
		}
	}

	/**
	 * Waits for the batch that holds this heartbeat; a refusal (409) is rethrown as it
	 * is.
	 */
	LectureSnapshot awaitStored(CompletableFuture<LectureSnapshot> answer) {
		if (!background) {
			flush();
		}
		try {
			return answer.get(ackTimeout.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new ProblemException(HttpStatus.SERVICE_UNAVAILABLE, "progress.not-stored");
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof ProblemException problem) {
				throw problem;
			}
			throw new ProblemException(HttpStatus.SERVICE_UNAVAILABLE, "progress.not-stored");
		}
		catch (TimeoutException ex) {
			throw new ProblemException(HttpStatus.SERVICE_UNAVAILABLE, "progress.not-stored");
		}
	}

	/** Stores everything pending now, on the caller's thread (tests, shutdown). */
	public void flush() {
		List<PendingHeartbeat> batch;
		synchronized (lock) {
			batch = current;
			current = new ArrayList<>();
		}
		if (!batch.isEmpty()) {
			write(batch);
		}
	}

	private void write(List<PendingHeartbeat> batch) {
		try {
			MERGE_RETRIES.invoke(() -> {
				List<PendingHeartbeat> accepted = refuseWithdrawn(batch);
				Map<PendingHeartbeat, LectureSnapshot> answers = accepted.isEmpty() ? Map.of()
						: store.merge(accepted, zone);
				accepted.forEach(beat -> beat.answer().complete(answers.get(beat)));
			});
		}
		catch (RuntimeException ex) {
			fail(batch, ex);
		}
	}

	/** Answers 409 to heartbeats of enrolments withdrawn by now; the others go on. */
	private List<PendingHeartbeat> refuseWithdrawn(List<PendingHeartbeat> batch) {
		Set<Long> ids = batch.stream().map(PendingHeartbeat::enrolmentId).collect(Collectors.toSet());
		Collection<Long> withdrawn = enrolments.withdrawnAmong(ids);
		if (withdrawn.isEmpty()) {
			return batch;
		}
		List<PendingHeartbeat> accepted = new ArrayList<>(batch.size());
		for (PendingHeartbeat beat : batch) {
			if (withdrawn.contains(beat.enrolmentId())) {
				beat.answer()
					.completeExceptionally(
							ProblemException.conflict("progress.enrolment-withdrawn", beat.enrolmentId()));
			}
			else {
				accepted.add(beat);
			}
		}
		return accepted;
	}

	private void fail(List<PendingHeartbeat> batch, RuntimeException ex) {
		log.warn("Storing {} heartbeats failed; they are answered 503 and not stored", batch.size(), ex);
		batch.forEach(beat -> beat.answer().completeExceptionally(ex));
	}

	private void loop() {
		while (running) {
			// Parked, never interrupted: an interrupt inside JDBC can close H2's file
			// channel.
			LockSupport.parkNanos(interval.toNanos());
			if (!running) {
				return;
			}
			try {
				flush();
			}
			catch (RuntimeException ex) {
				log.error("Progress writer round failed", ex);
			}
		}
	}

	@Override
	public void start() {
		running = true;
		if (background) {
			thread = Thread.ofPlatform().name("progress-writer").daemon().start(this::loop);
		}
	}

	@Override
	public void stop() {
		running = false;
		Thread writer = thread;
		if (writer != null) {
			LockSupport.unpark(writer);
			try {
				writer.join(10_000);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
		flush();
	}

	@Override
	public boolean isRunning() {
		return running;
	}

	/**
	 * Stops after the web server (phases above this stop first) has stopped taking
	 * heartbeats.
	 */
	@Override
	public int getPhase() {
		return SmartLifecycle.DEFAULT_PHASE - 4096;
	}

}
