package vn.hocso.enrolment.domain;

import java.time.Instant;
import java.time.LocalDate;

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

import vn.hocso.enrolment.EnrolmentStatus;
import vn.hocso.platform.ProblemException;

/**
 * A learner in a wave. Its clock starts when the learner's account is issued (or when the
 * wave opens, if the account is older); the deadline is a number of working days after
 * that.
 */
@Entity
@Table(name = "enrolment")
public class Enrolment {

	/** What is stored; OVERDUE is worked out from the deadline when asked. */
	public enum Stage {

		NOT_STARTED, IN_PROGRESS, COMPLETED, WITHDRAWN

	}

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "enrolment_seq")
	@SequenceGenerator(name = "enrolment_seq", sequenceName = "enrolment_seq", allocationSize = 50)
	private @Nullable Long id;

	@Column(name = "wave_id", nullable = false)
	private long waveId;

	@Column(name = "learner_id", nullable = false)
	private long learnerId;

	@Column(name = "unit_id", nullable = false)
	private long unitId;

	@Column(name = "unit_path", nullable = false, length = 1024)
	private String unitPath;

	@Column(name = "class_id")
	private @Nullable Long classId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 16)
	private Stage stage = Stage.NOT_STARTED;

	@Column(name = "enrolled_at", nullable = false)
	private Instant enrolledAt;

	@Column(name = "clock_started_at")
	private @Nullable Instant clockStartedAt;

	@Column(name = "deadline")
	private @Nullable LocalDate deadline;

	@Column(name = "completed_at")
	private @Nullable Instant completedAt;

	@Column(name = "withdrawn_at")
	private @Nullable Instant withdrawnAt;

	@Version
	private long version;

	protected Enrolment() {
		this.unitPath = "";
		this.enrolledAt = Instant.EPOCH;
	}

	public Enrolment(long waveId, long learnerId, long unitId, String unitPath, Instant enrolledAt) {
		this.waveId = waveId;
		this.learnerId = learnerId;
		this.unitId = unitId;
		this.unitPath = unitPath;
		this.enrolledAt = enrolledAt;
	}

	/**
	 * Starts the deadline clock once; later account re-issues (a reset) do not move the
	 * deadline.
	 */
	public boolean startClock(Instant startedAt, LocalDate deadline) {
		if (clockStartedAt != null || stage == Stage.WITHDRAWN) {
			return false;
		}
		this.clockStartedAt = startedAt;
		this.deadline = deadline;
		return true;
	}

	public void withdraw(Instant at) {
		if (stage == Stage.COMPLETED) {
			throw ProblemException.conflict("enrolment.already-completed", getId());
		}
		this.stage = Stage.WITHDRAWN;
		this.withdrawnAt = at;
	}

	/** The learner began studying; only a not-started enrolment moves. */
	public boolean markStarted() {
		if (stage != Stage.NOT_STARTED) {
			return false;
		}
		this.stage = Stage.IN_PROGRESS;
		return true;
	}

	/**
	 * Completes once; false if already completed. A withdrawn enrolment cannot complete.
	 */
	public boolean complete(Instant at) {
		if (stage == Stage.COMPLETED) {
			return false;
		}
		if (stage == Stage.WITHDRAWN) {
			throw ProblemException.conflict("enrolment.withdrawn", getId());
		}
		this.stage = Stage.COMPLETED;
		this.completedAt = at;
		return true;
	}

	public void placeInClass(@Nullable Long classId) {
		this.classId = classId;
	}

	/**
	 * The status a person sees on {@code today}: past the deadline and not completed is
	 * OVERDUE.
	 */
	public EnrolmentStatus statusOn(LocalDate today) {
		return statusOf(stage, deadline, today);
	}

	/**
	 * The one rule for what an enrolment in this stage with this deadline shows on
	 * {@code today}.
	 */
	public static EnrolmentStatus statusOf(Stage stage, @Nullable LocalDate deadline, LocalDate today) {
		return switch (stage) {
			case COMPLETED -> EnrolmentStatus.COMPLETED;
			case WITHDRAWN -> EnrolmentStatus.WITHDRAWN;
			case NOT_STARTED, IN_PROGRESS -> deadline != null && today.isAfter(deadline) ? EnrolmentStatus.OVERDUE
					: EnrolmentStatus.valueOf(stage.name());
		};
	}

	public long getId() {
		if (id == null) {
			throw new IllegalStateException("Enrolment not stored yet");
		}
		return id;
	}

	public long getWaveId() {
		return waveId;
	}

	public long getLearnerId() {
		return learnerId;
	}

	public long getUnitId() {
		return unitId;
	}

	public String getUnitPath() {
		return unitPath;
	}

	public @Nullable Long getClassId() {
		return classId;
	}

	public Stage getStage() {
		return stage;
	}

	public Instant getEnrolledAt() {
		return enrolledAt;
	}

	public @Nullable Instant getClockStartedAt() {
		return clockStartedAt;
	}

	public @Nullable LocalDate getDeadline() {
		return deadline;
	}

	public @Nullable Instant getCompletedAt() {
		return completedAt;
	}

}
