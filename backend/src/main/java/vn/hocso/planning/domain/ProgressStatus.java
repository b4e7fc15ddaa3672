package vn.hocso.planning.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.OptionalDouble;

/**
 * MET once the target is reached; OFF_TRACK when the due date passed without it or
 * nothing moves; AT_RISK when the forecast at the due date misses the target; ON_TRACK
 * otherwise. Without enough history for a forecast, the value is compared with a straight
 * line from the period's start.
 */
public enum ProgressStatus {

	ON_TRACK, AT_RISK, OFF_TRACK, MET;

	public static ProgressStatus of(double value, double target, LocalDate today, LocalDate periodStart, LocalDate due,
			OptionalDouble forecast) {
		if (value >= target) {
			return MET;
		}
		if (today.isAfter(due)) {
			return OFF_TRACK;
		}
		if (forecast.isPresent()) {
			if (forecast.getAsDouble() >= target) {
				return ON_TRACK;
			}
			return forecast.getAsDouble() <= value ? OFF_TRACK : AT_RISK;
		}
		long total = Math.max(1, ChronoUnit.DAYS.between(periodStart, due));
		long elapsed = Math.max(0, ChronoUnit.DAYS.between(periodStart, today));
		double expected = target * Math.min(1.0, (double) elapsed / total);
		return value >= expected ? ON_TRACK : AT_RISK;
	}

}
