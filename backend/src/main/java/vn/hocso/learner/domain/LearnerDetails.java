package vn.hocso.learner.domain;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import vn.hocso.learner.LearnerCategory;

/**
 * What a unit says about a person, already checked and normalized (see
 * {@link LearnerFields}).
 */
public record LearnerDetails(String fullName, @Nullable LocalDate dateOfBirth, @Nullable Gender gender,
		@Nullable String citizenId, @Nullable String email, @Nullable String phone, LearnerCategory category,
		@Nullable String position) {
}
