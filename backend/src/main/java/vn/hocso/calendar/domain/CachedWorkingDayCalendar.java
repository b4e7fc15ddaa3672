package vn.hocso.calendar.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import vn.hocso.calendar.CalendarDayChanged;
import vn.hocso.calendar.DayKind;
import vn.hocso.calendar.WorkingDayCalendar;

/**
 * The calendar table held in memory (a few dozen rows a year), replaced as a whole after every
 * committed change, so that readers never lock and never see half an edit.
 */
@Service
class CachedWorkingDayCalendar implements WorkingDayCalendar {

	private final CalendarDayRepository days;

	private volatile Map<LocalDate, DayKind> kinds;

	CachedWorkingDayCalendar(CalendarDayRepository days) {
		this.days = days;
		this.kinds = Map.of();
		refresh();
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
	void on(CalendarDayChanged changed) {
		refresh();
	}

	void refresh() {
		this.kinds = days.findAll().stream().collect(Collectors.toUnmodifiableMap(CalendarDay::getDate, CalendarDay::getKind));
	}

	@Override
	public boolean isWorkingDay(LocalDate date) {
		DayKind kind = kinds.get(date);
		return kind == null ? !CalendarDay.isWeekend(date) : kind == DayKind.WORKING_DAY;
	}

	@Override
	public LocalDate addWorkingDays(LocalDate start, int days) {
		if (days == 0) {
			return start;
		}
		List<LocalDate> counted = workingDaysAfter(start, days);
		return counted.getLast();
	}

	@Override
	public List<LocalDate> workingDaysAfter(LocalDate start, int days) {
		if (days < 0) {
			throw new IllegalArgumentException("Working days must not be negative: " + days);
		}
		List<LocalDate> counted = new ArrayList<>(days);
		for (LocalDate day = start.plusDays(1); counted.size() < days; day = day.plusDays(1)) {
			if (isWorkingDay(day)) {
				counted.add(day);
			}
		}
		return counted;
	}

	@Override
	public int workingDaysBetween(LocalDate fromExclusive, LocalDate toInclusive) {
		int count = 0;
		for (LocalDate day = fromExclusive.plusDays(1); !day.isAfter(toInclusive); day = day.plusDays(1)) {
			if (isWorkingDay(day)) {
				count++;
			}
		}
		return count;
	}

}
