package vn.hocso.enrolment;

/**
 * What a learner's enrolment looks like today; OVERDUE is derived from the deadline,
 * never stored.
 */
public enum EnrolmentStatus {

	NOT_STARTED, IN_PROGRESS, COMPLETED, OVERDUE, WITHDRAWN

}
