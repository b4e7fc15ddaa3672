package vn.hocso.account;

import java.util.Map;

import vn.hocso.learner.LearnerCategory;

/** Account counts for other modules' figures (headcount reconciliation). */
public interface AccountFigures {

	/**
	 * Active learners under this path prefix who hold a usable account (issued or
	 * activated; not expired or disabled), per unit id and learner category.
	 */
	Map<Long, Map<LearnerCategory, Long>> usableAccountsByUnitAndCategory(String unitPathPrefix);

}
