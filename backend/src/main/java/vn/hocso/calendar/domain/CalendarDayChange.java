package vn.hocso.calendar.domain;

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

import vn.hocso.calendar.DayKind;

/**
 * The audit trail of ADMIN changes: what a day was before and after, who changed it and
 * when. Never updated; a deleted day keeps its history here.
 */
@Entity
@Table(name = "calendar_day_change")
public class CalendarDayChange {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "calendar_day_change_seq")
	@SequenceGenerator(name = "calendar_day_change_seq", sequenceName = "calendar_day_change_seq", allocationSize = 50)
	private @Nullable Long id;

	@Column(name = "day_date", nullable = false)
	private LocalDate date;

	@Enumerated(EnumType.STRING)
	@Column(name = "old_kind", length = 32)
	private @Nullable DayKind oldKind;

	@Enumerated(EnumType.STRING)
	@Column(name = "new_kind", length = 32)
	private @Nullable DayKind newKind;

	@Column(name = "old_name_vi")
	private @Nullable String oldNameVi;

	@Column(name = "new_name_vi")
	private @Nullable String newNameVi;

	@Column(name = "recorded_at", nullable = false)
	private Instant recordedAt;

	@Column(name = "recorded_by", nullable = false)
	private String recordedBy;

	protected CalendarDayChange() {
		this.date = LocalDate.EPOCH;
		this.recordedAt = Instant.EPOCH;
		this.recordedBy = "";
	}

	CalendarDayChange(LocalDate date, @Nullable DayKind oldKind, @Nullable String oldNameVi, @Nullable DayKind newKind,
			@Nullable String newNameVi, String recordedBy, Instant recordedAt) {
		this.date = date;
		this.oldKind = oldKind;
		this.oldNameVi = oldNameVi;
		this.newKind = newKind;
		this.newNameVi = newNameVi;
		this.recordedBy = recordedBy;
		this.recordedAt = recordedAt;
	}

	public LocalDate getDate() {
		return date;
	}

	public @Nullable DayKind getOldKind() {
		return oldKind;
	}

	public @Nullable DayKind getNewKind() {
		return newKind;
	}

	public String getRecordedBy() {
		return recordedBy;
	}

}
