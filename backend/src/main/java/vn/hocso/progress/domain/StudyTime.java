package vn.hocso.progress.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Study time counted once per learner however many tabs play: a heartbeat earns the media
 * time played, but never more than the wall-clock time since the learner's previous
 * credited heartbeat, and the seconds are booked on the Vietnam calendar days they were
 * spent on.
 */
final class StudyTime {

	private StudyTime() {
	}

	/** Milliseconds of study this heartbeat earns. */
	static long credit(long playedMillis, Instant now, Instant previousCredit) {
		long wallClock = Math.max(0, now.toEpochMilli() - previousCredit.toEpochMilli());
		return Math.min(playedMillis, wallClock);
	}

	/**
	 * Study of {@code millis} ending at {@code end}, split across midnights in
	 * {@code zone}.
	 */
	static Map<LocalDate, Long> byDay(long millis, Instant end, ZoneId zone) {
		Map<LocalDate, Long> days = new LinkedHashMap<>();
		Instant cursor = end.minusMillis(millis);
		while (cursor.isBefore(end)) {
			LocalDate day = cursor.atZone(zone).toLocalDate();
			Instant nextMidnight = day.plusDays(1).atStartOfDay(zone).toInstant();
			Instant until = nextMidnight.isBefore(end) ? nextMidnight : end;
			days.merge(day, until.toEpochMilli() - cursor.toEpochMilli(), Long::sum);
			cursor = until;
		}
		return days;
	}

}
