package vn.hocso.dashboard.domain;

/** Where a learner stands against the course's pace, as the trainer sees it. */
public enum Pace {

	NOT_STARTED, IN_PROGRESS, BEHIND, OVERDUE, COMPLETED, WITHDRAWN

}
