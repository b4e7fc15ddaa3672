package vn.hocso.training;

import java.time.Instant;

/**
 * An official completed an in-person programme: published once per programme and
 * official.
 */
public record FocalPointTrained(long completionId, long programmeId, long learnerId, long unitId, Instant completedAt) {
}
