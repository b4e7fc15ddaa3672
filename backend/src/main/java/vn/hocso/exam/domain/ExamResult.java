package vn.hocso.exam.domain;

import java.time.Instant;
import java.util.Objects;

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
 * One learner's standing at one exam, kept from the graded attempts: attempts graded,
 * best score, when first assessed and when first passed. Unique per exam and learner;
 * {@code passedAt} is set once, and only that change announces the pass.
 */
@Entity
@Table(name = "exam_result")
public class ExamResult {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "exam_result_seq")
	@SequenceGenerator(name = "exam_result_seq", sequenceName = "exam_result_seq", allocationSize = 50)
	private @Nullable Long id;

	@Column(name = "exam_id", nullable = false)
	private long examId;

	@Column(name = "learner_id", nullable = false)
	private long learnerId;

	@Column(name = "attempts_graded", nullable = false)
	private int attemptsGraded;

	@Column(name = "best_score_percent", nullable = false)
	private int bestScorePercent;

	@Column(name = "first_assessed_at", nullable = false)
	private Instant firstAssessedAt;

	@Column(name = "passed_at")
	private @Nullable Instant passedAt;

	@Version
	private long version;

	protected ExamResult() {
		this.firstAssessedAt = Instant.EPOCH;
	}

	ExamResult(long examId, long learnerId, Instant assessedAt) {
		this.examId = examId;
		this.learnerId = learnerId;
		this.firstAssessedAt = assessedAt;
	}

	/** Counts one graded attempt; true when this is the learner's first pass. */
	boolean graded(int scorePercent, boolean passed, Instant closedAt) {
		attemptsGraded++;
		bestScorePercent = Math.max(bestScorePercent, scorePercent);
		if (closedAt.isBefore(firstAssessedAt)) {
			firstAssessedAt = closedAt;
		}
		if (passed && passedAt == null) {
			passedAt = closedAt;
			return true;
		}
		return false;
	}

	public long getId() {
		return Objects.requireNonNull(id, "not saved yet");
	}

	public long getExamId() {
		return examId;
	}

	public long getLearnerId() {
		return learnerId;
	}

	public int getAttemptsGraded() {
		return attemptsGraded;
	}

	public int getBestScorePercent() {
		return bestScorePercent;
	}

	public Instant getFirstAssessedAt() {
		return firstAssessedAt;
	}

	public @Nullable Instant getPassedAt() {
		return passedAt;
	}

	public boolean isPassed() {
		return passedAt != null;
	}

}
