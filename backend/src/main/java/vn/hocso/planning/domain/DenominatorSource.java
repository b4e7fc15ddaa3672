package vn.hocso.planning.domain;

/**
 * Where a rate's denominator came from: Sở Nội vụ's verified headcount, the registered
 * learners (for units without an approved headcount), or both across a subtree.
 */
public enum DenominatorSource {

	VERIFIED_HEADCOUNT, REGISTERED_LEARNERS, MIXED,
	/**
	 * The candidates of the indicator's exams (e.g. every IT officer of the staff lists).
	 */
	EXAM_CANDIDATES,
	/**
	 * The communes' working-age populations, as verified above the commune (citizen
	 * indicators).
	 */
	WORKING_AGE_POPULATION,
	/** The officials nominated for in-person programmes (focal points trained). */
	NOMINATED_FOCAL_POINTS;

	static DenominatorSource of(int verifiedUnits, int registeredUnits) {
		if (verifiedUnits == 0) {
			return REGISTERED_LEARNERS;
		}
		return registeredUnits == 0 ? VERIFIED_HEADCOUNT : MIXED;
	}

}
