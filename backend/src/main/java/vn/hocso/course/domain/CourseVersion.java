package vn.hocso.course.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.jspecify.annotations.Nullable;

import vn.hocso.platform.ProblemException;

/**
 * One version of a course's content: its lectures in order and its completion policy. A
 * published version is frozen; editing a published course copies it into a new draft
 * version.
 */
@Entity
@Table(name = "course_version")
public class CourseVersion {

	public static final int DEFAULT_COMPLETION_PERCENT = 90;

	public static final int DEFAULT_MINUTES_PER_DAY = 30;

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "course_version_seq")
	@SequenceGenerator(name = "course_version_seq", sequenceName = "course_version_seq", allocationSize = 50)
	private @Nullable Long id;

	@Column(name = "course_id", nullable = false)
	private long courseId;

	@Column(nullable = false)
	private int number;

	@Column(name = "published_at")
	private @Nullable Instant publishedAt;

	@Column(name = "published_by")
	private @Nullable String publishedBy;

	@Column(name = "completion_percent", nullable = false)
	private int completionPercent;

	@Column(name = "expected_minutes_per_day", nullable = false)
	private int expectedMinutesPerDay;

	@OneToMany(mappedBy = "courseVersion", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("position")
	private List<Lecture> lectures = new ArrayList<>();

	@Version
	private long version;

	protected CourseVersion() {
	}

	public CourseVersion(long courseId, int number) {
		this.courseId = courseId;
		this.number = number;
		this.completionPercent = DEFAULT_COMPLETION_PERCENT;
		this.expectedMinutesPerDay = DEFAULT_MINUTES_PER_DAY;
	}

	/**
	 * A new draft with the same policy and copies of the lectures (new ids: progress
	 * never crosses versions).
	 */
	public CourseVersion nextDraft(int nextNumber) {
		CourseVersion draft = new CourseVersion(courseId, nextNumber);
		draft.completionPercent = completionPercent;
		draft.expectedMinutesPerDay = expectedMinutesPerDay;
		for (Lecture lecture : lectures) {
			draft.lectures.add(lecture.copyInto(draft));
		}
		return draft;
	}

	public void setPolicy(int completionPercent, int expectedMinutesPerDay) {
		requireDraft();
		if (completionPercent < 1 || completionPercent > 100) {
			throw ProblemException.badRequest("course.completion-percent-invalid", completionPercent);
		}
		if (expectedMinutesPerDay < 1 || expectedMinutesPerDay > 600) {
			throw ProblemException.badRequest("course.minutes-per-day-invalid", expectedMinutesPerDay);
		}
		this.completionPercent = completionPercent;
		this.expectedMinutesPerDay = expectedMinutesPerDay;
	}

	public Lecture addLecture(String title, @Nullable String summary) {
		requireDraft();
		Lecture lecture = new Lecture(this, lectures.size() + 1, title, summary);
		lectures.add(lecture);
		return lecture;
	}

	public Lecture lecture(long lectureId) {
		return lectures.stream()
			.filter(lecture -> lecture.getId() != null && lecture.getId() == lectureId)
			.findFirst()
			.orElseThrow(() -> ProblemException.notFound("course.lecture-not-found", lectureId));
	}

	public void removeLecture(long lectureId) {
		requireDraft();
		lectures.remove(lecture(lectureId));
		renumber();
	}

	/** Moves a lecture one place up (-1) or down (+1), or to a given 1-based position. */
	public void moveLecture(long lectureId, int toPosition) {
		requireDraft();
		Lecture lecture = lecture(lectureId);
		if (toPosition < 1 || toPosition > lectures.size()) {
			throw ProblemException.badRequest("course.lecture-position-invalid", toPosition, lectures.size());
		}
		lectures.remove(lecture);
		lectures.add(toPosition - 1, lecture);
		renumber();
	}

	private void renumber() {
		for (int i = 0; i < lectures.size(); i++) {
			lectures.get(i).placeAt(i + 1);
		}
	}

	public void publish(String by, Instant at) {
		requireDraft();
		if (lectures.isEmpty()) {
			throw ProblemException.conflict("course.no-lectures");
		}
		for (Lecture lecture : lectures) {
			if (lecture.getVideoMediaId() == null) {
				throw ProblemException.conflict("course.lecture-without-video", lecture.getPosition(),
						lecture.getTitle());
			}
		}
		this.publishedAt = at;
		this.publishedBy = by;
	}

	public boolean isPublished() {
		return publishedAt != null;
	}

	public void requireDraft() {
		if (isPublished()) {
			throw ProblemException.conflict("course.version-frozen", number);
		}
	}

	public long getId() {
		if (id == null) {
			throw new IllegalStateException("Course version not stored yet");
		}
		return id;
	}

	public long getCourseId() {
		return courseId;
	}

	public int getNumber() {
		return number;
	}

	public @Nullable Instant getPublishedAt() {
		return publishedAt;
	}

	public int getCompletionPercent() {
		return completionPercent;
	}

	public int getExpectedMinutesPerDay() {
		return expectedMinutesPerDay;
	}

	public List<Lecture> getLectures() {
		return Collections.unmodifiableList(lectures);
	}

}
