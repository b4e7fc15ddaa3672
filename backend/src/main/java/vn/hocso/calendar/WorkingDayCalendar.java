package vn.hocso.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import vn.hocso.platform.VietnamTime;

/**
 * Working days for civil servants in Vietnam: Monday to Friday, except public holidays
 * and days off in the calendar table, plus the Saturdays it marks as worked. Reads an
 * in-memory copy of the table, so it is cheap to call on hot paths.
 */
public interface WorkingDayCalendar {

	boolean isWorkingDay(LocalDate date);

	/**
	 * The {@code days}-th working day after {@code start}; {@code start} itself is not
	 * counted.
	 */
	LocalDate addWorkingDays(LocalDate start, int days);

	/**
	 * The working days after {@code start}, in order, up to and including the
	 * {@code days}-th.
	 */
	List<LocalDate> workingDaysAfter(LocalDate start, int days);

	/**
	 * How many working days lie after {@code fromExclusive} up to {@code toInclusive}; 0
	 * when the range is empty.
	 */
	int workingDaysBetween(LocalDate fromExclusive, LocalDate toInclusive);

	/**
	 * The deadline {@code workingDays} working days after the day (in Vietnam) an account
	 * was issued.
	 */
	default Deadline deadlineFor(Instant accountIssuedAt, int workingDays) {
		LocalDate date = addWorkingDays(accountIssuedAt.atZone(VietnamTime.ZONE).toLocalDate(), workingDays);
		return new Deadline(date, date.plusDays(1).atStartOfDay(VietnamTime.ZONE).toInstant());
	}

}
