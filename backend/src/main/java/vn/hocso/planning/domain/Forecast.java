package vn.hocso.planning.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.OptionalDouble;

/**
 * The value expected at a due date if the recent pace holds: a least-squares line through
 * the points of the last {@code windowDays} days, extended to the due date. Needs two
 * distinct days.
 */
public final class Forecast {

	private Forecast() {
	}

	public record Point(LocalDate day, double value) {
	}

	public static OptionalDouble at(List<Point> series, LocalDate due, int windowDays) {
		if (series.isEmpty()) {
			return OptionalDouble.empty();
		}
		LocalDate last = series.stream().map(Point::day).max(LocalDate::compareTo).orElseThrow();
		LocalDate from = last.minusDays(windowDays);
		List<Point> recent = series.stream().filter(p -> p.day().isAfter(from)).toList();
		if (recent.stream().map(Point::day).distinct().count() < 2) {
			return OptionalDouble.empty();
		}
		double n = recent.size();
		double sumX = 0;
		double sumY = 0;
		double sumXY = 0;
		double sumXX = 0;
		for (Point p : recent) {
			double x = ChronoUnit.DAYS.between(last, p.day());
			sumX += x;
			sumY += p.value();
			sumXY += x * p.value();
			sumXX += x * x;
		}
		double slope = (n * sumXY - sumX * sumY) / (n * sumXX - sumX * sumX);
		double intercept = (sumY - slope * sumX) / n;
		double forecast = intercept + slope * ChronoUnit.DAYS.between(last, due);
		return OptionalDouble.of(Math.max(0, forecast));
	}

}
