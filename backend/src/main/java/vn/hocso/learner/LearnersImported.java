package vn.hocso.learner;

import java.util.List;

/**
 * A staff list was committed: these learners were created or updated by it (e.g. to issue
 * their accounts).
 */
public record LearnersImported(long importId, List<Long> learnerIds) {

	public LearnersImported {
		learnerIds = List.copyOf(learnerIds);
	}

}
