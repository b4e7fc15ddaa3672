package vn.hocso.training.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;

/**
 * A focal point who met the programme's completion rule; unique per programme and
 * official.
 */
@Entity
@Table(name = "training_completion")
public class Completion {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "training_completion_seq")
	@SequenceGenerator(name = "training_completion_seq", sequenceName = "training_completion_seq", allocationSize = 50)
	private @Nullable Long id;

	@Column(name = "programme_id", nullable = false)
	private long programmeId;

	@Column(name = "nomination_id", nullable = false)
	private long nominationId;

	@Column(name = "learner_id", nullable = false)
	private long learnerId;

	@Column(name = "unit_id", nullable = false)
	private long unitId;

	@Column(name = "unit_path", nullable = false, length = 1024)
	private String unitPath;

	@Column(name = "sessions_attended", nullable = false)
	private int sessionsAttended;

	@Column(name = "completed_at", nullable = false)
	private Instant completedAt;

	@Column(name = "completed_by", nullable = false)
	private String completedBy;

	protected Completion() {
		this.unitPath = "";
		this.completedAt = Instant.EPOCH;
		this.completedBy = "";
	}

	Completion(Nomination nomination, int sessionsAttended, String completedBy, Instant completedAt) {
		this.programmeId = nomination.getProgrammeId();
		this.nominationId = nomination.getId();
		this.learnerId = nomination.getLearnerId();
		this.unitId = nomination.getUnitId();
		this.unitPath = nomination.getUnitPath();
		this.sessionsAttended = sessionsAttended;
		this.completedBy = completedBy;
		this.completedAt = completedAt;
	}

	public long getId() {
		if (id == null) {
			throw new IllegalStateException("not saved yet");
		}
		return id;
	}

	public long getProgrammeId() {
		return programmeId;
	}

	public long getNominationId() {
		return nominationId;
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

	public int getSessionsAttended() {
		return sessionsAttended;
	}

	public Instant getCompletedAt() {
		return completedAt;
	}

}
