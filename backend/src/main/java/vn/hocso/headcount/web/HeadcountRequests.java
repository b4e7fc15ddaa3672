package vn.hocso.headcount.web;

import java.util.Map;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import vn.hocso.learner.LearnerCategory;

final class HeadcountRequests {

	private HeadcountRequests() {
	}

	record DeclareRequest(@NotNull Long unitId, @NotBlank @Pattern(regexp = "\\d{4}") String period,
			@NotEmpty Map<LearnerCategory, @NotNull @PositiveOrZero Long> counts,
			@Nullable @Size(max = 2000) String note) {
	}

	/**
	 * {@code version} is the one the editor read: an edit over someone else's change is
	 * refused.
	 */
	record EditRequest(@NotNull Long version, @NotEmpty Map<LearnerCategory, @NotNull @PositiveOrZero Long> counts,
			@Nullable @Size(max = 2000) String note) {
	}

	record ReturnRequest(@NotBlank @Size(max = 2000) String reason) {
	}

}
