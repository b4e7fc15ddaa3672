package vn.hocso.learner.domain;

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

import org.jspecify.annotations.Nullable;

/** One entry of a learner's history; never updated. */
@Entity
@Table(name = "learner_history")
public class LearnerHistory {

	public enum Kind {

		CREATED, UPDATED, MOVED, LEFT

	}

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "learner_history_seq")
	@SequenceGenerator(name = "learner_history_seq", sequenceName = "learner_history_seq", allocationSize = 50)
	private @Nullable Long id;

	@Column(name = "learner_id", nullable = false)
	private long learnerId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 16)
	private Kind kind;

	@Column(name = "effective_date", nullable = false)
	private LocalDate effectiveDate;

	@Column(length = 4000)
	private @Nullable String changes;

	@Column(name = "from_unit_id")
	private @Nullable Long fromUnitId;

	@Column(name = "to_unit_id")
	private @Nullable Long toUnitId;

	@Column(length = 1000)
	private @Nullable String reason;

	@Column(name = "recorded_at", nullable = false)
	private Instant recordedAt;

	@Column(name = "recorded_by", nullable = false)
	private String recordedBy;

	@SuppressWarnings("NullAway.Init")
	protected LearnerHistory() {
	}

	public LearnerHistory(long learnerId, Kind kind, LocalDate effectiveDate, @Nullable String changes,
			@Nullable Long fromUnitId, @Nullable Long toUnitId, @Nullable String reason, Instant recordedAt,
			String recordedBy) {
		this.learnerId = learnerId;
		this.kind = kind;
		this.effectiveDate = effectiveDate;
		this.changes = changes == null || changes.length() <= 4000 ? changes : changes.substring(0, 4000);
		this.fromUnitId = fromUnitId;
		this.toUnitId = toUnitId;
		this.reason = reason;
		this.recordedAt = recordedAt;
		this.recordedBy = recordedBy;
	}

	public long getLearnerId() {
		return learnerId;
	}

	public Kind getKind() {
		return kind;
	}

	public LocalDate getEffectiveDate() {
		return effectiveDate;
	}

	public @Nullable String getChanges() {
		return changes;
	}

	public @Nullable Long getFromUnitId() {
		return fromUnitId;
	}

	public @Nullable Long getToUnitId() {
		return toUnitId;
	}

	public @Nullable String getReason() {
		return reason;
	}

	public Instant getRecordedAt() {
		return recordedAt;
	}

	public String getRecordedBy() {
		return recordedBy;
	}

}
