package vn.hocso.planning.domain;

/** What counts a learner in a measured indicator's numerator. */
public enum MeasureRule {

	ENROLLED, COMPLETED, CERTIFIED

}
