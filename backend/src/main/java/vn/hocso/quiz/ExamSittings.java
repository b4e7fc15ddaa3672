package vn.hocso.quiz;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Attempts at assessment-only exams, for the exam module: the same draw, server timing,
 * answer saving and grading as a course's final quiz, on a course's question bank, on the
 * exam's own terms. The learner answers and submits through the quiz's attempt endpoints
 * ({@code /api/quiz-attempts/…}); each closed attempt is announced by
 * {@link ExamAttemptClosed} in the closing transaction.
 */
public interface ExamSittings {

	/**
	 * Starts an attempt for the calling learner, or returns their open one (an overdue
	 * one is graded first). The caller has checked who may sit the exam and its window;
	 * this checks the attempts left and the bank. 409 {@code quiz.no-attempts-left},
	 * {@code quiz.already-passed}, {@code quiz.bank-too-small}.
	 */
	Sitting start(Terms terms);

	/** This learner's attempts at the exam, oldest first. */
	List<Sitting> of(long examId, String learnerUsername);

	/** How many questions of the course's bank can be drawn now. */
	int drawableQuestions(long bankCourseId);

	/** What an exam asks of one attempt. */
	record Terms(long examId, long bankCourseId, int questionCount, int timeLimitMinutes, int passPercent,
			int attemptsAllowed) {
	}

	/** One attempt; the score and outcome once closed. */
	record Sitting(long attemptId, long examId, String learnerUsername, int attemptNumber, Instant startedAt,
			Instant deadline, boolean closed, @Nullable Instant closedAt, @Nullable Integer scorePercent,
			boolean passed) {
	}

}
