package vn.hocso.reminder;

import org.jspecify.annotations.Nullable;

import vn.hocso.enrolment.EnrolmentRef;

/**
 * Sends reminders; who gets which is decided by the caller (the dashboard module's daily
 * job or a trainer).
 */
public interface Reminders {

	/**
	 * Notifies the learner in the app and by e-mail, unless they already got this kind
	 * today (Vietnam time); true when sent.
	 * @param sentBy the trainer's username, or null for the daily job
	 */
	boolean send(EnrolmentRef enrolment, ReminderKind kind, @Nullable String sentBy);

}
