package vn.hocso.learner.domain;

/**
 * ACTIVE learners study and are counted; LEFT ones keep their history but drop out of
 * headcounts.
 */
public enum LearnerStatus {

	ACTIVE, LEFT

}
