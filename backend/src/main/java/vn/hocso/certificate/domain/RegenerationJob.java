package vn.hocso.certificate.domain;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;

/**
 * A background re-generation of a wave's PDFs. Kept in the database, so its progress
 * survives a restart; one left RUNNING by a stopped node is taken over by another (a
 * cluster job). Its counters are advanced by {@link RegenerationJobRepository#advance}
 * (an SQL increment, from many threads).
 */
@Entity
@Table(name = "certificate_regeneration_job")
public class RegenerationJob {

	/** Where a job is. */
	public enum Status {

		RUNNING, FINISHED, FINISHED_WITH_ERRORS, FAILED

	}

	@Id
	@Column(length = 36)
	private String id = "";

	@Column(name = "wave_id", nullable = false)
	private long waveId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 24)
	private Status status = Status.RUNNING;

	@Column(nullable = false)
	private int total;

	@Column(nullable = false)
	private int done;

	@Column(nullable = false)
	private int failed;

	@Column(name = "started_at", nullable = false)
	private Instant startedAt = Instant.EPOCH;

	@Column(name = "finished_at")
	private @Nullable Instant finishedAt;

	/**
	 * How many times a node took it over after a stop (a dead node, a database outage).
	 */
	@Column(nullable = false)
	private int resumed;

	/** How many times a node started it. */
	@Column(nullable = false)
	private int runs;

	@Column(length = 1000)
	private @Nullable String error;

	protected RegenerationJob() {
	}

	RegenerationJob(String id, long waveId, int total, Instant startedAt) {
		this.id = id;
		this.waveId = waveId;
		this.total = total;
		this.startedAt = startedAt;
	}

	/**
	 * A node starts it; every start after the first is a resumption. Its counters stay
	 * where they were.
	 */
	void began() {
		if (status != Status.RUNNING) {
			throw new IllegalStateException("Job " + id + " is " + status + ", not running");
		}
		if (runs++ > 0) {
			resumed++;
		}
	}

	/**
	 * A job left RUNNING by a version that kept no per-certificate rows: its certificates
	 * are counted again (rendered ones count as done when skipped).
	 */
	void adoptUnitemized(int total) {
		this.total = total;
		this.done = 0;
		this.failed = 0;
		this.resumed++;
	}

	void finish(Instant at) {
		this.status = failed > 0 ? Status.FINISHED_WITH_ERRORS : Status.FINISHED;
		this.finishedAt = at;
	}

	void fail(String error, Instant at) {
		this.status = Status.FAILED;
		this.error = error.length() > 1000 ? error.substring(0, 1000) : error;
		this.finishedAt = at;
	}

	public String getId() {
		return id;
	}

	public long getWaveId() {
		return waveId;
	}

	public Status getStatus() {
		return status;
	}

	public int getTotal() {
		return total;
	}

	public int getDone() {
		return done;
	}

	public int getFailed() {
		return failed;
	}

	public Instant getStartedAt() {
		return startedAt;
	}

	public @Nullable Instant getFinishedAt() {
		return finishedAt;
	}

	public int getRuns() {
		return runs;
	}

	public int getResumed() {
		return resumed;
	}

	public @Nullable String getError() {
		return error;
	}

	public int progress() {
		return total == 0 ? 100 : (int) Math.min(100, (done + failed) * 100L / total);
	}

	public long elapsedMillis(Instant now) {
		return Duration.between(startedAt, finishedAt == null ? now : finishedAt).toMillis();
	}

}
