package vn.hocso.calendar.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.hocso.calendar.CalendarDayChanged;
import vn.hocso.calendar.DayKind;
import vn.hocso.identity.CurrentCaller;
import vn.hocso.platform.ProblemException;

/**
 * Reading and maintaining the calendar table; every change is audited and refreshes the
 * cache after commit.
 */
@Service
@Transactional
public class CalendarDays {

	private final CalendarDayRepository days;

	private final CalendarDayChangeRepository changes;

	private final CurrentCaller currentCaller;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	CalendarDays(CalendarDayRepository days, CalendarDayChangeRepository changes, CurrentCaller currentCaller,
			ApplicationEventPublisher events, Clock clock) {
		this.days = days;
		this.changes = changes;
		this.currentCaller = currentCaller;
		this.events = events;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<CalendarDay> ofYear(int year) {
		if (year < 1900 || year > 2200) {
			throw ProblemException.badRequest("calendar.year-out-of-range", year);
		}
		return days.findByDateBetweenOrderByDate(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
	}

	@Transactional(readOnly = true)
	public List<CalendarDay> between(LocalDate from, LocalDate to) {
		return days.findByDateBetweenOrderByDate(from, to);
	}

	@PreAuthorize("hasRole('ADMIN')")
	public CalendarDay put(LocalDate date, DayKind kind, String nameVi, String nameEn, @Nullable String note) {
		String by = currentCaller.get().username();
		Instant now = clock.instant();
		CalendarDay day = days.findByDate(date).orElse(null);
		DayKind oldKind = day == null ? null : day.getKind();
		String oldName = day == null ? null : day.getNameVi();
		if (day == null) {
			day = days.save(new CalendarDay(date, kind, nameVi, nameEn, DaySource.OFFICIAL, note, by, now));
		}
		else {
			day.change(kind, nameVi, nameEn, note, by, now);
		}
		changes.save(new CalendarDayChange(date, oldKind, oldName, kind, nameVi, by, now));
		events.publishEvent(new CalendarDayChanged(date));
		return day;
	}

	@PreAuthorize("hasRole('ADMIN')")
	public void delete(LocalDate date) {
		CalendarDay day = days.findByDate(date)
			.orElseThrow(() -> ProblemException.notFound("calendar.day-not-found", date));
		days.delete(day);
		changes.save(new CalendarDayChange(date, day.getKind(), day.getNameVi(), null, null,
				currentCaller.get().username(), clock.instant()));
		events.publishEvent(new CalendarDayChanged(date));
	}

	@Transactional(readOnly = true)
	public List<CalendarDayChange> historyOf(LocalDate date) {
		return changes.findByDateOrderByRecordedAtAscIdAsc(date);
	}

}
