package vn.hocso.calendar.domain;

import java.time.DayOfWeek;
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

import vn.hocso.calendar.DayKind;
import vn.hocso.platform.ProblemException;

/**
 * One date that is not an ordinary day: a holiday, a day off, or a worked weekend day.
 */
@Entity
@Table(name = "calendar_day")
public class CalendarDay {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "calendar_day_seq")
	@SequenceGenerator(name = "calendar_day_seq", sequenceName = "calendar_day_seq", allocationSize = 50)
	private @Nullable Long id;

	@Column(name = "day_date", nullable = false, unique = true)
	private LocalDate date;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 32)
	private DayKind kind;

	@Column(name = "name_vi", nullable = false)
	private String nameVi;

	@Column(name = "name_en", nullable = false)
	private String nameEn;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 16)
	private DaySource source;

	@Column(length = 500)
	private @Nullable String note;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "created_by", nullable = false)
	private String createdBy;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@Column(name = "updated_by", nullable = false)
	private String updatedBy;

	@Version
	private long version;

	protected CalendarDay() {
		this.date = LocalDate.EPOCH;
		this.kind = DayKind.PUBLIC_HOLIDAY;
		this.nameVi = "";
		this.nameEn = "";
		this.source = DaySource.OFFICIAL;
		this.createdAt = Instant.EPOCH;
		this.createdBy = "";
		this.updatedAt = Instant.EPOCH;
		this.updatedBy = "";
	}

	public CalendarDay(LocalDate date, DayKind kind, String nameVi, String nameEn, DaySource source,
			@Nullable String note, String by, Instant at) {
		requireFits(date, kind);
		this.date = date;
		this.kind = kind;
		this.nameVi = nameVi;
		this.nameEn = nameEn;
		this.source = source;
		this.note = note;
		this.createdAt = at;
		this.createdBy = by;
		this.updatedAt = at;
		this.updatedBy = by;
	}

	/** An ADMIN's change: the row becomes an official decision. */
	public void change(DayKind kind, String nameVi, String nameEn, @Nullable String note, String by, Instant at) {
		requireFits(date, kind);
		this.kind = kind;
		this.nameVi = nameVi;
		this.nameEn = nameEn;
		this.note = note;
		this.source = DaySource.OFFICIAL;
		this.updatedAt = at;
		this.updatedBy = by;
	}

	/**
	 * Only a weekend day can be "worked instead"; a weekday is a working day without a
	 * row.
	 */
	private static void requireFits(LocalDate date, DayKind kind) {
		if (kind == DayKind.WORKING_DAY && !isWeekend(date)) {
			throw ProblemException.badRequest("calendar.working-day-not-weekend", date);
		}
		if (kind == DayKind.COMPENSATORY_DAY_OFF && isWeekend(date)) {
			throw ProblemException.badRequest("calendar.day-off-on-weekend", date);
		}
	}

	static boolean isWeekend(LocalDate date) {
		return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
	}

	public LocalDate getDate() {
		return date;
	}

	public DayKind getKind() {
		return kind;
	}

	public String getNameVi() {
		return nameVi;
	}

	public String getNameEn() {
		return nameEn;
	}

	public DaySource getSource() {
		return source;
	}

	public @Nullable String getNote() {
		return note;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public String getCreatedBy() {
		return createdBy;
	}

	public Instant getUpdatedAt() {
		return updatedAt;
	}

	public String getUpdatedBy() {
		return updatedBy;
	}

}
