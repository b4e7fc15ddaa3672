package vn.hocso.organization.domain;

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

/**
 * One entry of a unit's history: what changed, from when, recorded by whom. Never
 * updated.
 */
@Entity
@Table(name = "org_unit_change")
public class OrgUnitChange {

	public enum Kind {

		CREATED, RENAMED, MOVED, MERGED, CLOSED

	}

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "org_unit_change_seq")
	@SequenceGenerator(name = "org_unit_change_seq", sequenceName = "org_unit_change_seq", allocationSize = 50)
	private @Nullable Long id;

	@Column(name = "unit_id", nullable = false)
	private long unitId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 16)
	private Kind kind;

	@Column(name = "effective_date", nullable = false)
	private LocalDate effectiveDate;

	@Column(name = "old_value")
	private @Nullable String oldValue;

	@Column(name = "new_value")
	private @Nullable String newValue;

	@Column(name = "related_unit_id")
	private @Nullable Long relatedUnitId;

	@Column(length = 1000)
	private @Nullable String reason;

	@Column(name = "recorded_at", nullable = false)
	private Instant recordedAt;

	@Column(name = "recorded_by", nullable = false)
	private String recordedBy;

	protected OrgUnitChange() {
		this.kind = Kind.CREATED;
		this.effectiveDate = LocalDate.EPOCH;
		this.recordedAt = Instant.EPOCH;
		this.recordedBy = "";
	}

	public OrgUnitChange(long unitId, Kind kind, LocalDate effectiveDate, @Nullable String oldValue,
			@Nullable String newValue, @Nullable Long relatedUnitId, @Nullable String reason, Instant recordedAt,
			String recordedBy) {
		this.unitId = unitId;
		this.kind = kind;
		this.effectiveDate = effectiveDate;
		this.oldValue = oldValue;
		this.newValue = newValue;
		this.relatedUnitId = relatedUnitId;
		this.reason = reason;
		this.recordedAt = recordedAt;
		this.recordedBy = recordedBy;
	}

	public long getUnitId() {
		return unitId;
	}

	public Kind getKind() {
		return kind;
	}

	public LocalDate getEffectiveDate() {
		return effectiveDate;
	}

	public @Nullable String getOldValue() {
		return oldValue;
	}

	public @Nullable String getNewValue() {
		return newValue;
	}

	public @Nullable Long getRelatedUnitId() {
		return relatedUnitId;
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
