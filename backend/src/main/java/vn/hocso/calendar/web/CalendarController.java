package vn.hocso.calendar.web;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import vn.hocso.calendar.WorkingDayCalendar;
import vn.hocso.calendar.domain.CalendarDays;
import vn.hocso.calendar.web.CalendarRequests.PutDayRequest;
import vn.hocso.calendar.web.CalendarResponses.DayResponse;
import vn.hocso.calendar.web.CalendarResponses.WorkingDaysResponse;
import vn.hocso.platform.ProblemException;

@RestController
@RequestMapping("/api/calendar")
@Tag(name = "Calendar")
class CalendarController {

	/** A deadline longer than a year of working days is a typo, not a plan. */
	private static final int MAX_COUNT = 260;

	private final CalendarDays days;

	private final WorkingDayCalendar calendar;

	CalendarController(CalendarDays days, WorkingDayCalendar calendar) {
		this.days = days;
		this.calendar = calendar;
	}

	@GetMapping("/days")
	@Operation(summary = "The holidays, days off and worked weekend days of a year")
	List<DayResponse> days(@RequestParam int year) {
		return days.ofYear(year).stream().map(DayResponse::of).toList();
	}

	@PutMapping("/days/{date}")
	@Operation(summary = "Add or change a day: a holiday, a day off, or a worked Saturday/Sunday (ADMIN)")
	DayResponse put(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
			@Valid @RequestBody PutDayRequest request) {
		return DayResponse.of(days.put(date, request.kind(), request.nameVi(), request.nameEn(), request.note()));
	}

	@DeleteMapping("/days/{date}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Remove a day, making it an ordinary day again (ADMIN)")
	void delete(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
		days.delete(date);
	}

	@GetMapping("/working-days")
	@Operation(
			summary = "The deadline `count` working days after `from` (not counted), with the days counted and skipped")
	WorkingDaysResponse workingDays(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam int count) {
		if (count < 1 || count > MAX_COUNT) {
			throw ProblemException.badRequest("calendar.count-out-of-range", count, MAX_COUNT);
		}
		List<LocalDate> counted = calendar.workingDaysAfter(from, count);
		LocalDate deadline = counted.getLast();
		List<DayResponse> skipped = days.between(from.plusDays(1), deadline)
			.stream()
			.filter(day -> day.getKind().isDayOff())
			.map(DayResponse::of)
			.toList();
		return new WorkingDaysResponse(from, count, deadline, counted, skipped);
	}

}
