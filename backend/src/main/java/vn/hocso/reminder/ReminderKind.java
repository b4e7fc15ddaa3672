package vn.hocso.reminder;

/** Why a learner is reminded; each kind reaches a learner at most once a day. */
public enum ReminderKind {

	/** Not started within 2 working days of their clock starting. */
	NOT_STARTED,

	/** Behind the course's pace. */
	BEHIND,

	/** The deadline is 2 working days away. */
	DEADLINE_SOON,

	/** Sent by their trainer from the dashboard. */
	FROM_TRAINER

}
