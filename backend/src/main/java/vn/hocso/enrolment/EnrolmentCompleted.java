package vn.hocso.enrolment;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * An enrolment reached COMPLETED: all lectures done and the final quiz passed.
 * Certificates listen.
 */
public record EnrolmentCompleted(long enrolmentId, long learnerId, long waveId, long courseId,
		@Nullable Long courseVersionId, long unitId, Instant completedAt, @Nullable Integer scorePercent) {
}
