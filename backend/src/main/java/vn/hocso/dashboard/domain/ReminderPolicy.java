package vn.hocso.dashboard.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import vn.hocso.calendar.WorkingDayCalendar;
import vn.hocso.enrolment.EnrolmentRef;
import vn.hocso.enrolment.EnrolmentStatus;
import vn.hocso.platform.VietnamTime;
import vn.hocso.reminder.ReminderKind;

/**
 * Which reminders a learner is due today: not started 2 working days after their clock
 * started, behind pace, or 2 working days before their deadline. Completed, withdrawn and
 * overdue learners get none.
 */
final class ReminderPolicy {

	static final int NOT_STARTED_AFTER_WORKING_DAYS = 2;

	static final int DEADLINE_WITHIN_WORKING_DAYS = 2;

	private final WorkingDayCalendar calendar;

	ReminderPolicy(WorkingDayCalendar calendar) {
		this.calendar = calendar;
	}

	List<ReminderKind> due(EnrolmentRef enrolment, Pace pace, LocalDate today) {
		List<ReminderKind> kinds = new ArrayList<>();
		if (enrolment.status() != EnrolmentStatus.NOT_STARTED && enrolment.status() != EnrolmentStatus.IN_PROGRESS) {
			return kinds;
		}
		if (enrolment.status() == EnrolmentStatus.NOT_STARTED && enrolment.clockStartedAt() != null) {
			LocalDate start = enrolment.clockStartedAt().atZone(VietnamTime.ZONE).toLocalDate();
			if (calendar.workingDaysBetween(start, today) >= NOT_STARTED_AFTER_WORKING_DAYS) {
				kinds.add(ReminderKind.NOT_STARTED);
			}
		}
		if (pace == Pace.BEHIND) {
			kinds.add(ReminderKind.BEHIND);
		}
		if (enrolment.deadline() != null && !enrolment.deadline().isBefore(today)
				&& calendar.workingDaysBetween(today, enrolment.deadline()) == DEADLINE_WITHIN_WORKING_DAYS) {
			kinds.add(ReminderKind.DEADLINE_SOON);
		}
		return kinds;
	}

}
