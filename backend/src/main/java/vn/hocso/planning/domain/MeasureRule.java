package vn.hocso.planning.domain;

/**
 * What counts a learner in a measured indicator's numerator. ASSESSED and EXAM_PASSED
 * count the candidates of the indicator's exams (the exam module) who were graded, or who
 * passed; their denominator is those candidates, not the headcount. CITIZENS_COMPLETED
 * counts citizens who completed a course against the communes' verified working-age
 * population; FOCAL_POINTS_TRAINED counts officials who completed an in-person programme
 * against those nominated.
 */
public enum MeasureRule {

	ENROLLED, COMPLETED, CERTIFIED, ASSESSED, EXAM_PASSED, CITIZENS_COMPLETED, FOCAL_POINTS_TRAINED;

	public boolean examBased() {
		return this == ASSESSED || this == EXAM_PASSED;
	}

	/**
	 * Counted from the planning ledger (enrolments completed or certified), not from
	 * another module's results.
	 */
	public boolean ledgerBased() {
		return this == COMPLETED || this == CERTIFIED || this == CITIZENS_COMPLETED;
	}

}
