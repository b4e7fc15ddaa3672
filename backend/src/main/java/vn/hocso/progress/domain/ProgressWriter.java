package vn.hocso.progress.domain;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.LockSupport;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.http.HttpStatus;

import vn.hocso.platform.ProblemException;

/**
 * Write-behind with group commit. Heartbeats change memory and join the current batch; one writer
 * thread stores each batch with JDBC batch upserts every {@code flush-interval}, then completes the
 * batch's future, which is when the heartbeats in it are acknowledged: what was acknowledged is
 * stored. A failed batch fails its heartbeats (503) and stays dirty, so the next batch retries it.
 * Stopping the application flushes what is pending.
 */
public class ProgressWriter implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(ProgressWriter.class);

	private final ProgressStore store;

	private final Clock clock;

	private final Duration interval;

	private final Duration ackTimeout;

	private final Runnable housekeeping;

	private final Object lock = new Object();

	private Batch current = new Batch();

	private volatile boolean running;

	private Thread thread;

	ProgressWriter(ProgressStore store, Clock clock, Duration interval, Duration ackTimeout, Runnable housekeeping) {
		this.store = store;
		this.clock = clock;
		this.interval = interval;
		this.ackTimeout = ackTimeout;
		this.housekeeping = housekeeping;
	}

	/** Adds the enrolment's dirty rows to the current batch; the future completes once they are stored. */
	CompletableFuture<Void> enqueue(EnrolmentProgress progress) {
		synchronized (lock) {
			current.enrolments.add(progress);
			return current.stored;
		}
	}

	/** Waits for the batch that holds this heartbeat to be stored. */
	void awaitStored(CompletableFuture<Void> stored) {
		try {
			stored.get(ackTimeout.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new ProblemException(HttpStatus.SERVICE_UNAVAILABLE, "progress.not-stored");
		}
		catch (ExecutionException | TimeoutException ex) {
			throw new ProblemException(HttpStatus.SERVICE_UNAVAILABLE, "progress.not-stored");
		}
	}

	/** Stores everything pending now, on the caller's thread (tests, shutdown). */
	public void flush() {
		Batch batch;
		synchronized (lock) {
			batch = current;
			current = new Batch();
		}
		write(batch);
	}

	private void write(Batch batch) {
		if (batch.enrolments.isEmpty()) {
			batch.stored.complete(null);
			return;
		}
		List<EnrolmentProgress> enrolments = new ArrayList<>(batch.enrolments);
		List<EnrolmentProgress.Rows> drained = new ArrayList<>(enrolments.size());
		List<ProgressStore.LectureRow> lectures = new ArrayList<>();
		List<ProgressStore.StudyDayRow> days = new ArrayList<>();
		var now = clock.instant();
		for (EnrolmentProgress progress : enrolments) {
			EnrolmentProgress.Rows rows = progress.drain(now);
			drained.add(rows);
			lectures.addAll(rows.lectures());
			days.addAll(rows.days());
		}
		try {
			store.write(lectures, days);
			batch.stored.complete(null);
		}
		catch (RuntimeException ex) {
			log.warn("Storing {} progress rows failed; they stay pending", lectures.size() + days.size(), ex);
			for (int i = 0; i < enrolments.size(); i++) {
				enrolments.get(i).redirty(drained.get(i));
			}
			synchronized (lock) {
				current.enrolments.addAll(enrolments);
			}
			batch.stored.completeExceptionally(ex);
		}
	}

	private void loop() {
		while (running) {
			// Parked, never interrupted: an interrupt inside JDBC can close H2's file channel.
			LockSupport.parkNanos(interval.toNanos());
			if (!running) {
				return;
			}
			try {
				flush();
				housekeeping.run();
			}
			catch (RuntimeException ex) {
				log.error("Progress writer round failed", ex);
			}
		}
	}

	@Override
	public void start() {
		running = true;
		thread = Thread.ofPlatform().name("progress-writer").daemon().start(this::loop);
	}

	@Override
	public void stop() {
		running = false;
		if (thread != null) {
			LockSupport.unpark(thread);
			try {
				thread.join(10_000);
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

	/** Stops after the web server (phases above this stop first) has stopped taking heartbeats. */
	@Override
	public int getPhase() {
		return SmartLifecycle.DEFAULT_PHASE - 4096;
	}

	private static final class Batch {

		final Set<EnrolmentProgress> enrolments = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

		final CompletableFuture<Void> stored = new CompletableFuture<>();

	}

}
