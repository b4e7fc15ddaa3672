package vn.hocso.calendar;

import java.time.LocalDate;

/**
 * An ADMIN added, changed or removed a day of the calendar: deadlines counted across it
 * may move.
 */
public record CalendarDayChanged(LocalDate date) {
}
