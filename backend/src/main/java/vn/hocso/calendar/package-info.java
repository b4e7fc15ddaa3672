/**
 * Vietnamese working days: the table of public holidays, compensatory days off and
 * swapped working Saturdays, and {@link vn.hocso.calendar.WorkingDayCalendar}, which
 * counts deadlines in working days.
 */
@NullMarked
package vn.hocso.calendar;

import org.jspecify.annotations.NullMarked;
