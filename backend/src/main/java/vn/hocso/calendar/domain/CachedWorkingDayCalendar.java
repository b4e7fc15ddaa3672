package vn.hocso.calendar.domain;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import vn.hocso.calendar.CalendarDayChanged;
import vn.hocso.calendar.DayKind;
import vn.hocso.calendar.WorkingDayCalendar;

/**
 * The calendar table held in memory (a few dozen rows a year), replaced as a whole after every
 * committed change, so that readers never lock and never see half an edit. A change saved on another
 * node is seen here within hocso.calendar.refresh-interval: the first reader after that interval
 * reloads the table (one reader; the others keep the copy they have).
 */
@Service
class CachedWorkingDayCalendar implements WorkingDayCalendar {

	private static final Logger log = LoggerFactory.getLogger(CachedWorkingDayCalendar.class);

	private final CalendarDayRepository days;

	private final long refreshNanos;

	private final AtomicBoolean refreshing = new AtomicBoolean();

	private volatile Map<LocalDate, DayKind> kinds;

	private volatile long loadedAt;

	CachedWorkingDayCalendar(CalendarDayRepository days,
			@Value("${hocso.calendar.refresh-interval:5s}") Duration refreshInterval) {
		this.days = days;
		this.refreshNanos = refreshInterval.toNanos();
		this.kinds = Map.of();
		refresh();
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
	void on(CalendarDayChanged changed) {
		refresh();
	}

	void refresh() {
		this.kinds = days.findAll().stream().collect(Collectors.toUnmodifiableMap(CalendarDay::getDate, CalendarDay::getKind));
		this.loadedAt = System.nanoTime();
	}

	private Map<LocalDate, DayKind> current() {
		if (System.nanoTime() - loadedAt > refreshNanos && refreshing.compareAndSet(false, true)) {
			try {
				refresh();
			}
			catch (RuntimeException ex) {
				// Database unreachable: keep counting with the copy we have, try again after the interval.
				loadedAt = System.nanoTime();
				log.warn("Could not reload the working-day calendar: {}", ex.toString());
			}
			finally {
				refreshing.set(false);
			}
		}
		return kinds;
	}

	@Override
	public boolean isWorkingDay(LocalDate date) {
		DayKind kind = current().get(date);
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
