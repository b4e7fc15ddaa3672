package vn.hocso.calendar.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import vn.hocso.calendar.DayKind;

final class CalendarRequests {

	private CalendarRequests() {
	}

	record PutDayRequest(@NotNull DayKind kind, @NotBlank @Size(max = 255) String nameVi,
			@NotBlank @Size(max = 255) String nameEn, @Nullable @Size(max = 500) String note) {
	}

}
