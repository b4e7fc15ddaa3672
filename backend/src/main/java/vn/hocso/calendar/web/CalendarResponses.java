package vn.hocso.calendar.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

import vn.hocso.calendar.DayKind;
import vn.hocso.calendar.domain.CalendarDay;
import vn.hocso.calendar.domain.DaySource;

final class CalendarResponses {

	private CalendarResponses() {
	}

	record DayResponse(LocalDate date, DayKind kind, String nameVi, String nameEn, DaySource source,
			@Nullable String note, Instant updatedAt, String updatedBy) {

		static DayResponse of(CalendarDay day) {
			return new DayResponse(day.getDate(), day.getKind(), day.getNameVi(), day.getNameEn(), day.getSource(),
					day.getNote(), day.getUpdatedAt(), day.getUpdatedBy());
		}

	}

	/**
	 * A deadline with the days counted towards it and the days off skipped on the way, to
	 * explain it.
	 */
	record WorkingDaysResponse(LocalDate from, int count, LocalDate deadline, List<LocalDate> countedDays,
			List<DayResponse> skippedDaysOff) {
	}

}
