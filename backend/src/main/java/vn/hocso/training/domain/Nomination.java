package vn.hocso.training.domain;

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

import vn.hocso.platform.ProblemException;

/**
 * An official a unit sends to a programme (cử cán bộ). The official's name, e-mail and
 * unit are copied at nomination: the attendance sheet must show who was sent, even if the
 * registry changes.
 */
@Entity
@Table(name = "training_nomination")
public class Nomination {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "training_nomination_seq")
	@SequenceGenerator(name = "training_nomination_seq", sequenceName = "training_nomination_seq", allocationSize = 50)
	private @Nullable Long id;

	@Column(name = "programme_id", nullable = false)
	private long programmeId;

	@Column(name = "learner_id", nullable = false)
	private long learnerId;

	@Column(name = "full_name", nullable = false)
	private String fullName;

	private @Nullable String email;

	@Column(name = "unit_id", nullable = false)
	private long unitId;

	@Column(name = "unit_path", nullable = false, length = 1024)
	private String unitPath;

	@Column(name = "preferred_class_id")
	private @Nullable Long preferredClassId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 16)
	private NominationStatus status;

	@Column(name = "class_id")
	private @Nullable Long classId;

	@Column(name = "wait_position")
	private @Nullable Integer waitPosition;

	@Column(name = "nominated_by", nullable = false)
	private String nominatedBy;

	@Column(name = "nominated_at", nullable = false)
	private Instant nominatedAt;

	@Column(name = "notified_at")
	private @Nullable Instant notifiedAt;

	@Version
	private long version;

	protected Nomination() {
		this.fullName = "";
		this.unitPath = "";
		this.status = NominationStatus.NOMINATED;
		this.nominatedBy = "";
		this.nominatedAt = Instant.EPOCH;
	}

	public Nomination(long programmeId, long learnerId, String fullName, @Nullable String email, long unitId,
			String unitPath, @Nullable Long preferredClassId, String nominatedBy, Instant nominatedAt) {
		this.programmeId = programmeId;
		this.learnerId = learnerId;
		this.fullName = fullName;
		this.email = email;
		this.unitId = unitId;
		this.unitPath = unitPath;
		this.preferredClassId = preferredClassId;
		this.status = NominationStatus.NOMINATED;
		this.nominatedBy = nominatedBy;
		this.nominatedAt = nominatedAt;
	}

	public boolean isActive() {
		return status != NominationStatus.WITHDRAWN;
	}

	void seatIn(long classId) {
		this.status = NominationStatus.SEATED;
		this.classId = classId;
		this.waitPosition = null;
		this.notifiedAt = null;
	}

	void waitAt(int position) {
		this.status = NominationStatus.WAITING;
		this.classId = null;
		this.waitPosition = position;
	}

	void withdraw() {
		if (status == NominationStatus.WITHDRAWN) {
			throw ProblemException.conflict("training.nomination-withdrawn", getId());
		}
		this.status = NominationStatus.WITHDRAWN;
		this.classId = null;
		this.waitPosition = null;
	}

	void markNotified(Instant at) {
		this.notifiedAt = at;
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

	public long getLearnerId() {
		return learnerId;
	}

	public String getFullName() {
		return fullName;
	}

	public @Nullable String getEmail() {
		return email;
	}

	public long getUnitId() {
		return unitId;
	}

	public String getUnitPath() {
		return unitPath;
	}

	public @Nullable Long getPreferredClassId() {
		return preferredClassId;
	}

	public NominationStatus getStatus() {
		return status;
	}

	public @Nullable Long getClassId() {
		return classId;
	}

	public @Nullable Integer getWaitPosition() {
		return waitPosition;
	}

	public String getNominatedBy() {
		return nominatedBy;
	}

	public Instant getNominatedAt() {
		return nominatedAt;
	}

	public @Nullable Instant getNotifiedAt() {
		return notifiedAt;
	}

}
