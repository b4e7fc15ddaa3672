package vn.hocso.quiz.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.jspecify.annotations.Nullable;

import vn.hocso.platform.ProblemException;

/**
 * One sitting of a course's final quiz by one enrolment. The deadline is fixed on the
 * server's clock when it starts; answers are taken until the deadline plus a grace
 * period, and it is graded once — on submit, or by the server when the time is up.
 */
@Entity
@Table(name = "quiz_attempt")
public class QuizAttempt {

	public enum Status {

		OPEN,
		/** Submitted by the learner. */
		SUBMITTED,
		/** Graded by the server after the deadline passed without a submit. */
		EXPIRED

	}

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "quiz_attempt_seq")
	@SequenceGenerator(name = "quiz_attempt_seq", sequenceName = "quiz_attempt_seq", allocationSize = 50)
	private @Nullable Long id;

	/** The enrolment whose final quiz this is; null for an exam's attempt. */
	@Column(name = "enrolment_id")
	private @Nullable Long enrolmentId;

	/** The assessment-only exam this attempt sits; null for a final quiz. */
	@Column(name = "exam_id")
	private @Nullable Long examId;

	@Column(name = "course_id", nullable = false)
	private long courseId;

	@Column(name = "learner_username", nullable = false)
	private String learnerUsername;

	@Column(name = "attempt_number", nullable = false)
	private int attemptNumber;

	/** Replays the draw and the option orders through {@link QuestionDraw}. */
	@Column(nullable = false)
	private long seed;

	@Column(name = "started_at", nullable = false)
	private Instant startedAt;

	@Column(name = "deadline_at", nullable = false)
	private Instant deadlineAt;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 16)
	private Status status = Status.OPEN;

	@Column(name = "closed_at")
	private @Nullable Instant closedAt;

	@Column(name = "correct_count")
	private @Nullable Integer correctCount;

	@Column(name = "score_percent")
	private @Nullable Integer scorePercent;

	@Column
	private @Nullable Boolean passed;

	@Column(name = "pass_percent", nullable = false)
	private int passPercent;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 32)
	private ReviewPolicy review;

	@OneToMany(mappedBy = "attempt", cascade = CascadeType.ALL, orphanRemoval = true)
	private List<AttemptQuestion> questions = new ArrayList<>();

	@Version
	private long version;

	protected QuizAttempt() {
		this.learnerUsername = "";
		this.startedAt = Instant.EPOCH;
		this.deadlineAt = Instant.EPOCH;
		this.review = ReviewPolicy.WRONG_ONLY;
	}

	public QuizAttempt(long enrolmentId, long courseId, String learnerUsername, int attemptNumber, QuizPolicy policy,
			long seed, List<QuestionDraw.Drawn> drawn, Map<Long, Long> currentVersionOfQuestion, Instant startedAt) {
		this(enrolmentId, null, courseId, learnerUsername, attemptNumber,
				new Terms(policy.getTimeLimitMinutes(), policy.getPassPercent(), policy.getReview()), seed, drawn,
				currentVersionOfQuestion, startedAt);
	}

	/** How long an attempt lasts, what passes it and what its learner sees afterwards. */
	public record Terms(int timeLimitMinutes, int passPercent, ReviewPolicy review) {
	}

	/**
	 * An attempt at an assessment-only exam, drawn from a course's bank on the exam's own
	 * terms.
	 */
	public static QuizAttempt forExam(long examId, long bankCourseId, String learnerUsername, int attemptNumber,
			Terms terms, long seed, List<QuestionDraw.Drawn> drawn, Map<Long, Long> currentVersionOfQuestion,
			Instant startedAt) {
		return new QuizAttempt(null, examId, bankCourseId, learnerUsername, attemptNumber, terms, seed, drawn,
				currentVersionOfQuestion, startedAt);
	}

	private QuizAttempt(@Nullable Long enrolmentId, @Nullable Long examId, long courseId, String learnerUsername,
			int attemptNumber, Terms terms, long seed, List<QuestionDraw.Drawn> drawn,
			Map<Long, Long> currentVersionOfQuestion, Instant startedAt) {
		this.enrolmentId = enrolmentId;
		this.examId = examId;
		this.courseId = courseId;
		this.learnerUsername = learnerUsername;
		this.attemptNumber = attemptNumber;
		this.seed = seed;
		// Microseconds, as the database keeps them: the instant answered at start is the
		// one read back later.
		this.startedAt = startedAt.truncatedTo(ChronoUnit.MICROS);
		this.deadlineAt = this.startedAt.plus(Duration.ofMinutes(terms.timeLimitMinutes()));
		this.passPercent = terms.passPercent();
		this.review = terms.review();
		for (int i = 0; i < drawn.size(); i++) {
			long questionId = drawn.get(i).question().questionId();
			Long versionId = currentVersionOfQuestion.get(questionId);
			if (versionId == null) {
				throw new IllegalArgumentException("question " + questionId + " was drawn without its current version");
			}
			this.questions.add(new AttemptQuestion(this, i, questionId, versionId, drawn.get(i).optionOrder()));
		}
	}

	/**
	 * Open and not yet past the deadline plus grace: answers and a submit are still
	 * taken.
	 */
	public boolean acceptsAnswersAt(Instant now, Duration grace) {
		return status == Status.OPEN && !now.isAfter(deadlineAt.plus(grace));
	}

	/** Open, but the time (with grace) is up: the server grades it. */
	public boolean isOverdueAt(Instant now, Duration grace) {
		return status == Status.OPEN && now.isAfter(deadlineAt.plus(grace));
	}

	public boolean isClosed() {
		return status != Status.OPEN;
	}

	/**
	 * Whole seconds, rounded up: a countdown shows 30:00 at the start, and 0 only once
	 * time is up.
	 */
	public long secondsLeftAt(Instant now) {
		if (isClosed()) {
			return 0;
		}
		return Math.max(0, Math.ceilDiv(Duration.between(now, deadlineAt).toNanos(), 1_000_000_000L));
	}

	/**
	 * Saves one answer; saving the same answer again changes nothing that matters
	 * (idempotent).
	 */
	public void answer(long questionId, Set<Integer> shownIndexes, Instant now, Duration grace) {
		answer(questionId, question(questionId), shownIndexes, now, grace);
	}

	/**
	 * As {@link #answer(long, Set, Instant, Duration)}, given the drawn question read on
	 * its own (an answer then reads one question row, not all twenty); it must belong to
	 * this attempt.
	 */
	public void answer(long questionId, Optional<AttemptQuestion> drawn, Set<Integer> shownIndexes, Instant now,
			Duration grace) {
		if (!acceptsAnswersAt(now, grace)) {
			throw ProblemException.conflict(isClosed() ? "quiz.attempt-closed" : "quiz.time-up", getId());
		}
		AttemptQuestion question = drawn.filter(q -> q.getQuestionId() == questionId && q.belongsTo(this))
			.orElseThrow(() -> ProblemException.notFound("quiz.question-not-in-attempt", questionId));
		if (!question.answer(shownIndexes, now)) {
			throw ProblemException.badRequest("quiz.option-out-of-range", questionId);
		}
	}

	/**
	 * Grades every question against the versions drawn and closes the attempt; the caller
	 * has made sure it is still open (under a lock), so this happens once.
	 */
	public void close(Map<Long, QuestionVersion> versionsById, Instant at, boolean bySubmit) {
		if (isClosed()) {
			throw new IllegalStateException("attempt " + id + " is already closed");
		}
		int correct = 0;
		for (AttemptQuestion question : questions) {
			QuestionVersion version = versionsById.get(question.getQuestionVersionId());
			if (version == null) {
				throw new IllegalArgumentException(
						"question version " + question.getQuestionVersionId() + " is missing");
			}
			question.grade(version);
			if (Boolean.TRUE.equals(question.getCorrect())) {
				correct++;
			}
		}
		this.status = bySubmit ? Status.SUBMITTED : Status.EXPIRED;
		this.closedAt = at.truncatedTo(ChronoUnit.MICROS);
		this.correctCount = correct;
		this.scorePercent = questions.isEmpty() ? 0 : (int) Math.floorDiv(correct * 100L, questions.size());
		this.passed = !questions.isEmpty() && correct * 100L >= (long) passPercent * questions.size();
	}

	public Optional<AttemptQuestion> question(long questionId) {
		return questions.stream().filter(q -> q.getQuestionId() == questionId).findFirst();
	}

	public List<AttemptQuestion> getQuestions() {
		return questions.stream().sorted(Comparator.comparingInt(AttemptQuestion::getPosition)).toList();
	}

	public Long getId() {
		if (id == null) {
			throw new IllegalStateException("not stored yet");
		}
		return id;
	}

	public @Nullable Long getEnrolmentId() {
		return enrolmentId;
	}

	public @Nullable Long getExamId() {
		return examId;
	}

	public long getCourseId() {
		return courseId;
	}

	public String getLearnerUsername() {
		return learnerUsername;
	}

	public int getAttemptNumber() {
		return attemptNumber;
	}

	public long getSeed() {
		return seed;
	}

	public Instant getStartedAt() {
		return startedAt;
	}

	public Instant getDeadlineAt() {
		return deadlineAt;
	}

	public Status getStatus() {
		return status;
	}

	public @Nullable Instant getClosedAt() {
		return closedAt;
	}

	public @Nullable Integer getCorrectCount() {
		return correctCount;
	}

	public @Nullable Integer getScorePercent() {
		return scorePercent;
	}

	public boolean isPassed() {
		return Boolean.TRUE.equals(passed);
	}

	public int getPassPercent() {
		return passPercent;
	}

	public ReviewPolicy getReview() {
		return review;
	}

}
