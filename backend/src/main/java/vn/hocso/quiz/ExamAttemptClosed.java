package vn.hocso.quiz;

import java.time.Instant;

/**
 * An attempt at an assessment-only exam was graded (submitted, or closed by the server
 * when its time was up). Published once per attempt, in the transaction that grades it.
 */
public record ExamAttemptClosed(long attemptId, long examId, String learnerUsername, int attemptNumber,
		Instant startedAt, Instant closedAt, int scorePercent, boolean passed) {
}
