package vn.hocso.headcount.domain;

import org.jspecify.annotations.Nullable;

import vn.hocso.learner.LearnerCategory;

/** Something in a unit's figures that Sở Nội vụ or the unit should look at. */
public record Discrepancy(Kind kind, @Nullable LearnerCategory category, @Nullable Long declared,
		@Nullable Long registered) {

	public enum Kind {

		/** No approved declaration for the period: the unit has no denominator yet. */
		NO_APPROVED_DECLARATION,
		/**
		 * More learners registered in a category than the approved figure says the unit
		 * has.
		 */
		REGISTERED_EXCEEDS_DECLARED,
		/**
		 * The approved figure counts people in a category but nobody is registered in it.
		 */
		DECLARED_BUT_NONE_REGISTERED

	}

}
