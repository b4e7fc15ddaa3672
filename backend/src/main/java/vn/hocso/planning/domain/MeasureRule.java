package vn.hocso.planning.domain;

/**
 * What counts a learner in a measured indicator's numerator. ASSESSED and EXAM_PASSED count the
 * candidates of the indicator's exams (the exam module) who were graded, or who passed; their
 * denominator is those candidates, not the headcount.
 */
public enum MeasureRule {

	ENROLLED, COMPLETED, CERTIFIED, ASSESSED, EXAM_PASSED;

	public boolean examBased() {
		return this == ASSESSED || this == EXAM_PASSED;
	}

}
