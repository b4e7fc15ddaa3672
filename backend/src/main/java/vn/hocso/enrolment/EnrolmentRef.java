package vn.hocso.enrolment;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * What other modules may know of one enrolment. Carries its unit path so that callers can
 * check the caller's org scope, and the course version the wave teaches (kept for the
 * whole enrolment).
 *
 * @param courseVersionId the published course version of the wave; null only for waves
 * created before courses existed
 */
public record EnrolmentRef(long enrolmentId, long learnerId, long waveId, long courseId, @Nullable Long courseVersionId,
		long unitId, String unitPath, @Nullable Long classId, EnrolmentStatus status, @Nullable Instant clockStartedAt,
		@Nullable LocalDate deadline, @Nullable Instant completedAt) {
}
