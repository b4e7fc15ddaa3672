package vn.hocso.learner;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What other modules may ask of the learner registry. Not scoped: callers check the
 * caller's {@link vn.hocso.organization.OrgScope} themselves (every result carries its
 * unit path).
 */
public interface LearnerDirectory {

	Optional<LearnerSummary> find(long learnerId);

	List<LearnerSummary> findAll(Collection<Long> learnerIds);

	/**
	 * Active learners whose unit lies under this path prefix (a unit subtree), in a
	 * stable order.
	 */
	List<LearnerSummary> findActiveInSubtree(String unitPathPrefix);

	/**
	 * The staff-list position (chức vụ / vị trí việc làm) of every active learner under
	 * this path prefix who has one, by learner id, as written in the register.
	 */
	Map<Long, String> activePositionsInSubtree(String unitPathPrefix);

	/**
	 * Active learners per unit id and category under this path prefix, for headcount
	 * reconciliation.
	 */
	Map<Long, Map<LearnerCategory, Long>> countActiveByUnitAndCategory(String unitPathPrefix);

}
