package vn.hocso.exam;

import java.time.Instant;

/**
 * A learner passed an exam for the first time. Published once per exam and learner (the
 * pass is a unique row), in the transaction that graded the passing attempt.
 */
public record ExamPassed(long examId, long learnerId, Instant passedAt) {
}
