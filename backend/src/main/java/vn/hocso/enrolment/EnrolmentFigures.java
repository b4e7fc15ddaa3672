package vn.hocso.enrolment;

import java.util.Map;
import java.util.Set;

import vn.hocso.learner.LearnerCategory;

/**
 * Enrolment counts for other modules' figures (headcount reconciliation, plan
 * indicators).
 */
public interface EnrolmentFigures {

	/**
	 * Learners enrolled in any wave (not withdrawn), counted once each, per unit id and
	 * learner category, for the units under this path prefix.
	 */
	Map<Long, Map<LearnerCategory, Long>> enrolledLearnersByUnitAndCategory(String unitPathPrefix);

	/**
	 * The same, restricted to waves of these courses and to these waves (an empty set
	 * means any), for plan indicators measured on a course or a wave.
	 */
	Map<Long, Map<LearnerCategory, Long>> enrolledLearnersByUnitAndCategory(String unitPathPrefix, Set<Long> courseIds,
			Set<Long> waveIds);

}
