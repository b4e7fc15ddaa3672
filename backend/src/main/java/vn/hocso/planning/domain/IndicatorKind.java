package vn.hocso.planning.domain;

/**
 * MEASURED: computed by Học Số from completions; REPORTED: entered by a unit with
 * evidence and accepted.
 */
public enum IndicatorKind {

	MEASURED, REPORTED

}
