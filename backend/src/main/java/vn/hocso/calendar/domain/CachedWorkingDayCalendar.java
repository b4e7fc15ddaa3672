package vn.hocso.calendar.domain;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import vn.hocso.calendar.CalendarDayChanged;
import vn.hocso.calendar.DayKind;
import vn.hocso.calendar.WorkingDayCalendar;

/**
 * The calendar table held in memory (a few dozen rows a year) in a Caffeine cache,
 * replaced as a whole, so that readers never lock and never see half an edit. A change
 * committed on this node replaces it at once; a change saved on another node is seen here
 * within hocso.calendar.refresh-interval: the first reader after that interval triggers a
 * reload in the background (readers meanwhile keep the copy there is). A reload that
 * fails (database unreachable) keeps the copy and is tried again by the next reader.
 */
@Service
class CachedWorkingDayCalendar implements WorkingDayCalendar {

	private static final String ALL = "all";

	private final CalendarDayRepository days;

	private final LoadingCache<String, Map<LocalDate, DayKind>> kinds;

	CachedWorkingDayCalendar(CalendarDayRepository days,
			@Value("${hocso.calendar.refresh-interval:5s}") Duration refreshInterval) {
		this.days = days;
		this.kinds = Caffeine.newBuilder().refreshAfterWrite(refreshInterval).build(key -> load());
		// Loaded once at start, so the first request does not wait for the database.
		Map<LocalDate, DayKind> unused = kinds.get(ALL);
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
	void on(CalendarDayChanged changed) {
		refresh();
	}

	void refresh() {
		kinds.put(ALL, load());
	}

	private Map<LocalDate, DayKind> load() {
		return days.findAll()
			.stream()
			.collect(Collectors.toUnmodifiableMap(CalendarDay::getDate, CalendarDay::getKind));
	}

	private Map<LocalDate, DayKind> current() {
		return kinds.get(ALL);
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
