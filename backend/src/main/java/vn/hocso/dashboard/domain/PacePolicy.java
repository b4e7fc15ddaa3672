package vn.hocso.dashboard.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import vn.hocso.calendar.WorkingDayCalendar;
import vn.hocso.enrolment.EnrolmentStatus;
import vn.hocso.platform.VietnamTime;

/**
 * Behind pace: fewer study minutes up to yesterday than the course expects per working
 * day since the clock started (counted cumulatively, so a learner who catches up is no
 * longer behind), or more video still to watch than the working days left allow at that
 * pace.
 */
final class PacePolicy {

	private final WorkingDayCalendar calendar;

	PacePolicy(WorkingDayCalendar calendar) {
		this.calendar = calendar;
	}

	Pace of(EnrolmentStatus status, @Nullable Instant clockStartedAt, @Nullable LocalDate deadline, LocalDate today,
			int expectedMinutesPerDay, Map<LocalDate, Long> studySecondsByDay, long remainingSeconds) {
		switch (status) {
			case WITHDRAWN -> {
				return Pace.WITHDRAWN;
			}
			case COMPLETED -> {
				return Pace.COMPLETED;
			}
			case OVERDUE -> {
				return Pace.OVERDUE;
			}
			case NOT_STARTED -> {
				return Pace.NOT_STARTED;
			}
			case IN_PROGRESS -> {
				// paced below, from the study time
			}
		}
		if (clockStartedAt != null) {
			LocalDate start = clockStartedAt.atZone(VietnamTime.ZONE).toLocalDate();
			int pastWorkingDays = calendar.workingDaysBetween(start, today.minusDays(1));
			long studiedBeforeToday = studySecondsByDay.entrySet()
				.stream()
				.filter(day -> day.getKey().isBefore(today))
				.mapToLong(Map.Entry::getValue)
				.sum();
			if (studiedBeforeToday < (long) pastWorkingDays * expectedMinutesPerDay * 60) {
				return Pace.BEHIND;
			}
		}
		if (deadline != null) {
			int workingDaysLeft = calendar.workingDaysBetween(today.minusDays(1), deadline);
			if (remainingSeconds > (long) workingDaysLeft * expectedMinutesPerDay * 60) {
				return Pace.BEHIND;
			}
		}
		return Pace.IN_PROGRESS;
	}

}
