package vn.hocso.learner.importing;

import java.util.List;

import org.jspecify.annotations.Nullable;

import vn.hocso.learner.domain.LearnerDetails;
import vn.hocso.learner.domain.UnitRef;

/**
 * A row after validation: either errors, or details and a unit, plus the learner it
 * updates if it matched one.
 */
record CheckedRow(int number, List<RowError> errors, @Nullable LearnerDetails details, @Nullable UnitRef unit,
		@Nullable Long matchedLearnerId) {

	boolean valid() {
		return errors.isEmpty();
	}

}
