package vn.hocso.enrolment.domain;

import java.time.Instant;
import java.time.LocalDate;

import org.springframework.stereotype.Component;

import vn.hocso.calendar.WorkingDayCalendar;
import vn.hocso.platform.VietnamTime;

/**
 * When a learner's clock starts and when their deadline falls: the clock starts at the
 * account's issue time, or at the wave's opening if the account is older; the deadline is
 * the wave's number of Vietnamese working days after that day.
 */
@Component
public class DeadlinePolicy {

	private final WorkingDayCalendar calendar;

	DeadlinePolicy(WorkingDayCalendar calendar) {
		this.calendar = calendar;
	}

	public Instant clockStart(Instant accountIssuedAt, Wave wave) {
		Instant opening = wave.getOpeningDate().atStartOfDay(VietnamTime.ZONE).toInstant();
		return accountIssuedAt.isAfter(opening) ? accountIssuedAt : opening;
	}

	public LocalDate deadline(Instant clockStart, Wave wave) {
		return calendar.addWorkingDays(clockStart.atZone(VietnamTime.ZONE).toLocalDate(),
				wave.getDeadlineWorkingDays());
	}

	/**
	 * Working days left to study, today included (if it is one) and the deadline day too;
	 * 0 after it.
	 */
	public int workingDaysLeft(LocalDate today, LocalDate deadline) {
		return today.isAfter(deadline) ? 0 : calendar.workingDaysBetween(today.minusDays(1), deadline);
	}

}
