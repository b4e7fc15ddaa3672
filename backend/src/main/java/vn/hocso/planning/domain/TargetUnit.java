package vn.hocso.planning.domain;

/** What an indicator's target counts: a share of the population or a number. */
public enum TargetUnit {

	PERCENT, COUNT

}
