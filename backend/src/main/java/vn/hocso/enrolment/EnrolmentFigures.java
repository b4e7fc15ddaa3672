package vn.hocso.enrolment;

import java.util.Map;

/** Enrolment counts for other modules' figures (headcount reconciliation, plan indicators). */
public interface EnrolmentFigures {

	/** Learners enrolled (in any wave, not withdrawn) per unit id, for units under this path prefix. */
	Map<Long, Long> enrolledLearnersByUnit(String unitPathPrefix);

}
