package vn.hocso.enrolment.domain;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.jspecify.annotations.Nullable;

import vn.hocso.platform.ProblemException;

/** One run of a course for a set of units, e.g. 4,500 officials opened on one day. */
@Entity
@Table(name = "wave")
public class Wave {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "wave_seq")
	@SequenceGenerator(name = "wave_seq", sequenceName = "wave_seq", allocationSize = 50)
	private @Nullable Long id;

	@Column(nullable = false)
	private String name;

	/** The course taught; a reference into the course module (not yet built). */
	@Column(name = "course_id", nullable = false)
	private long courseId;

	/**
	 * The published course version taught; enrolments of this wave keep it even if the
	 * course is edited.
	 */
	@Column(name = "course_version_id")
	private @Nullable Long courseVersionId;

	@Column(name = "opening_date", nullable = false)
	private LocalDate openingDate;

	@Column(nullable = false)
	private int capacity;

	@Column(name = "deadline_working_days", nullable = false)
	private int deadlineWorkingDays;

	@Column(name = "created_by", nullable = false)
	private String createdBy;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	/**
	 * Set only on the self-paced wave of a course open to citizens: no units, no
	 * capacity, no deadline.
	 */
	@Column(name = "open_course_id")
	private @Nullable Long openCourseId;

	@Version
	private long version;

	protected Wave() {
		this.name = "";
		this.openingDate = LocalDate.EPOCH;
		this.createdBy = "";
		this.createdAt = Instant.EPOCH;
	}

	public Wave(String name, long courseId, LocalDate openingDate, int capacity, int deadlineWorkingDays,
			String createdBy, Instant createdAt) {
		if (capacity < 1) {
			throw ProblemException.badRequest("wave.capacity-invalid", capacity);
		}
		if (deadlineWorkingDays < 1 || deadlineWorkingDays > 100) {
			throw ProblemException.badRequest("wave.deadline-days-invalid", deadlineWorkingDays);
		}
		this.name = name;
		this.courseId = courseId;
		this.openingDate = openingDate;
		this.capacity = capacity;
		this.deadlineWorkingDays = deadlineWorkingDays;
		this.createdBy = createdBy;
		this.createdAt = createdAt;
	}

	/**
	 * The one self-paced wave of a course open to citizens (ADR 0370): anyone registered
	 * may enrol, at any time, without a deadline; the same progress, quiz and certificate
	 * rules apply.
	 */
	public static Wave openCourse(String name, long courseId, LocalDate openingDate, String createdBy,
			Instant createdAt) {
		Wave wave = new Wave(name, courseId, openingDate, Integer.MAX_VALUE, 1, createdBy, createdAt);
		wave.deadlineWorkingDays = 0;
		wave.openCourseId = courseId;
		return wave;
	}

	/**
	 * Whether this is an open course's self-paced wave (no deadline clock ever starts in
	 * it).
	 */
	public boolean isSelfPaced() {
		return openCourseId != null;
	}

	/** Refuses enrolments beyond capacity. */
	public void requireRoomFor(long alreadyEnrolled, int more) {
		if (alreadyEnrolled + more > capacity) {
			throw ProblemException.conflict("wave.capacity-exceeded", name, capacity, alreadyEnrolled, more);
		}
	}

	public long getId() {
		if (id == null) {
			throw new IllegalStateException("Wave not stored yet");
		}
		return id;
	}

	public String getName() {
		return name;
	}

	public long getCourseId() {
		return courseId;
	}

	public @Nullable Long getCourseVersionId() {
		return courseVersionId;
	}

	public void teachCourseVersion(long courseVersionId) {
		this.courseVersionId = courseVersionId;
	}

	public LocalDate getOpeningDate() {
		return openingDate;
	}

	public int getCapacity() {
		return capacity;
	}

	public int getDeadlineWorkingDays() {
		return deadlineWorkingDays;
	}

	public String getCreatedBy() {
		return createdBy;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

}
