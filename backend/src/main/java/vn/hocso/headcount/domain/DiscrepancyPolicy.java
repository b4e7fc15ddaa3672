package vn.hocso.headcount.domain;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import vn.hocso.headcount.domain.Discrepancy.Kind;
import vn.hocso.learner.LearnerCategory;

/**
 * Compares a unit's approved headcount with the learners it registered, category by
 * category.
 */
public final class DiscrepancyPolicy {

	private DiscrepancyPolicy() {
	}

	/**
	 * @param approved the approved counts, or null when the unit has none for the period
	 * @param registered active learners per category, or null when the learner registry
	 * is not available
	 */
	public static List<Discrepancy> between(@Nullable Map<LearnerCategory, Long> approved,
			@Nullable Map<LearnerCategory, Long> registered) {
		List<Discrepancy> found = new ArrayList<>();
		if (approved == null) {
			found.add(new Discrepancy(Kind.NO_APPROVED_DECLARATION, null, null, null));
			return found;
		}
		if (registered == null) {
			return found;
		}
		Set<LearnerCategory> categories = EnumSet.noneOf(LearnerCategory.class);
		categories.addAll(approved.keySet());
		categories.addAll(registered.keySet());
		for (LearnerCategory category : categories) {
			long declared = approved.getOrDefault(category, 0L);
			long people = registered.getOrDefault(category, 0L);
			if (people > declared) {
				found.add(new Discrepancy(Kind.REGISTERED_EXCEEDS_DECLARED, category, declared, people));
			}
			else if (declared > 0 && people == 0) {
				found.add(new Discrepancy(Kind.DECLARED_BUT_NONE_REGISTERED, category, declared, people));
			}
		}
		return found;
	}

}
