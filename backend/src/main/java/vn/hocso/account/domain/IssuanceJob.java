package vn.hocso.account.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.jspecify.annotations.Nullable;

/**
 * One request to issue accounts for a selection. {@code scopePath} is the deepest unit
 * path that covers every selected learner: who may see the job (and its sheets) is
 * decided by it.
 */
@Entity
@Table(name = "account_issuance_job")
public class IssuanceJob {

	public enum Status {

		QUEUED, RUNNING, DONE, FAILED

	}

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "account_issuance_job_seq")
	@SequenceGenerator(name = "account_issuance_job_seq", sequenceName = "account_issuance_job_seq",
			allocationSize = 50)
	private @Nullable Long id;

	@Column(nullable = false, length = 1000)
	private String selection;

	@Column(name = "scope_path", nullable = false, length = 1024)
	private String scopePath;

	@Column(name = "requested_by", nullable = false)
	private String requestedBy;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 16)
	private Status status = Status.QUEUED;

	@Column(nullable = false)
	private int total;

	@Column(nullable = false)
	private int done;

	@Column(nullable = false)
	private int failed;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "started_at")
	private @Nullable Instant startedAt;

	@Column(name = "finished_at")
	private @Nullable Instant finishedAt;

	/**
	 * The job whose failed learners this one issues again (at most one retry per job:
	 * unique).
	 */
	@Column(name = "retry_of")
	private @Nullable Long retryOf;

	@Version
	private long version;

	protected IssuanceJob() {
		this.selection = "";
		this.scopePath = "";
		this.requestedBy = "";
		this.createdAt = Instant.EPOCH;
	}

	IssuanceJob(String selection, String scopePath, String requestedBy, int total, Instant createdAt) {
		this(selection, scopePath, requestedBy, total, createdAt, null);
	}

	IssuanceJob(String selection, String scopePath, String requestedBy, int total, Instant createdAt,
			@Nullable Long retryOf) {
		this.retryOf = retryOf;
		this.selection = selection;
		this.scopePath = scopePath;
		this.requestedBy = requestedBy;
		this.total = total;
		this.createdAt = createdAt;
	}

	void started(Instant now) {
		status = Status.RUNNING;
		if (startedAt == null) {
			startedAt = now;
		}
	}

	void progressed(int newlyDone, int newlyFailed) {
		done += newlyDone;
		failed += newlyFailed;
	}

	void finished(Instant now) {
		status = failed > 0 && done == 0 && total > 0 ? Status.FAILED : Status.DONE;
		finishedAt = now;
	}

	public long getId() {
		if (id == null) {
			throw new IllegalStateException("job not saved yet");
		}
		return id;
	}

	public String getSelection() {
		return selection;
	}

	public String getScopePath() {
		return scopePath;
	}

	public String getRequestedBy() {
		return requestedBy;
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

	public Instant getCreatedAt() {
		return createdAt;
	}

	public @Nullable Instant getStartedAt() {
		return startedAt;
	}

	public @Nullable Instant getFinishedAt() {
		return finishedAt;
	}

	public @Nullable Long getRetryOf() {
		return retryOf;
	}

	public boolean isFinished() {
		return status == Status.DONE || status == Status.FAILED;
	}

}
