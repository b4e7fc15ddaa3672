package vn.hocso.learner;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A learner as other modules see it. {@code unitPath} is the unit's materialized path,
 * for scoping.
 */
public record LearnerSummary(long id, String fullName, @Nullable LocalDate dateOfBirth, long unitId, String unitCode,
		String unitPath, LearnerCategory category, @Nullable String email, @Nullable String phone,
		@Nullable String citizenId, boolean active) {
}
