package vn.hocso.calendar;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A deadline counted in working days: the last day {@code date} (Vietnam time) and
 * {@code endsAt}, the first instant after it (midnight starting the next day in
 * Asia/Ho_Chi_Minh), so "in time" is {@code instant.isBefore(endsAt)}.
 */
public record Deadline(LocalDate date, Instant endsAt) {

	public boolean isMetBy(Instant instant) {
		return instant.isBefore(endsAt);
	}

}
