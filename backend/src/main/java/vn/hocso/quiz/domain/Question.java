package vn.hocso.quiz.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.jspecify.annotations.Nullable;

/**
 * A question of a course's bank: its identity across versions, and whether it is still
 * drawn.
 */
@Entity
@Table(name = "quiz_question")
public class Question {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "quiz_question_seq")
	@SequenceGenerator(name = "quiz_question_seq", sequenceName = "quiz_question_seq", allocationSize = 50)
	private @Nullable Long id;

	@Column(name = "course_id", nullable = false)
	private long courseId;

	@Column(name = "current_version_id")
	private @Nullable Long currentVersionId;

	@Column(nullable = false)
	private boolean retired;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Version
	private long version;

	protected Question() {
		this.createdAt = Instant.EPOCH;
	}

	public Question(long courseId, Instant createdAt) {
		this.courseId = courseId;
		this.createdAt = createdAt;
	}

	void pointAt(QuestionVersion current) {
		this.currentVersionId = current.getId();
	}

	/**
	 * Retired questions are no longer drawn; attempts that drew them keep grading against
	 * their version.
	 */
	public void retire() {
		this.retired = true;
	}

	public Long getId() {
		if (id == null) {
			throw new IllegalStateException("not stored yet");
		}
		return id;
	}

	public long getCourseId() {
		return courseId;
	}

	public @Nullable Long getCurrentVersionId() {
		return currentVersionId;
	}

	public boolean isRetired() {
		return retired;
	}

}
