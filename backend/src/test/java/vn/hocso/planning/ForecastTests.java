package vn.hocso.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

import org.junit.jupiter.api.Test;

import vn.hocso.planning.domain.Forecast;
import vn.hocso.planning.domain.Forecast.Point;
import vn.hocso.planning.domain.ProgressStatus;

/** The forecast extends the recent pace to the due date; the status follows from it. */
class ForecastTests {

	static final LocalDate START = LocalDate.of(2026, 9, 1);

	static List<Point> linear(int days, double perDay, double noiseAmplitude) {
		List<Point> points = new ArrayList<>();
		for (int d = 0; d < days; d++) {
			double noise = d % 2 == 0 ? noiseAmplitude : -noiseAmplitude;
			points.add(new Point(START.plusDays(d), perDay * d + noise));
		}
		return points;
	}

	@Test
	void aSteadyPaceIsExtendedToTheDueDate() {
		// 1 point a day for 30 days: 29 on the last day (Sep 30); Oct 30 is 30 days
		// later.
		OptionalDouble forecast = Forecast.at(linear(30, 1.0, 0), START.plusDays(59), 28);

		assertThat(forecast).isPresent();
		assertThat(forecast.getAsDouble()).isCloseTo(59.0, within(1e-9));
	}

	@Test
	void noiseAroundAPaceDoesNotMoveTheForecastMuch() {
		OptionalDouble forecast = Forecast.at(linear(28, 2.0, 0.5), START.plusDays(57), 28);

		assertThat(forecast.getAsDouble()).isCloseTo(114.0, within(0.5));
	}

	@Test
	void onlyTheRecentWindowCounts() {
		// Fast at first (3/day for 30 days), then flat at 90 for 14 days: the recent pace
		// is zero.
		List<Point> series = new ArrayList<>(linear(31, 3.0, 0));
		for (int d = 31; d < 45; d++) {
			series.add(new Point(START.plusDays(d), 90));
		}

		OptionalDouble forecast = Forecast.at(series, START.plusDays(100), 10);

		assertThat(forecast.getAsDouble()).isCloseTo(90.0, within(1e-9));
	}

	@Test
	void aSinglePointGivesNoForecast() {
		assertThat(Forecast.at(List.of(new Point(START, 10)), START.plusDays(10), 28)).isEmpty();
		assertThat(Forecast.at(List.of(), START.plusDays(10), 28)).isEmpty();
	}

	@Test
	void theForecastNeverGoesBelowZero() {
		OptionalDouble forecast = Forecast.at(linear(10, -1.0, 0), START.plusDays(100), 28);

		assertThat(forecast.getAsDouble()).isZero();
	}

	@Test
	void aForecastMissingTheTargetIsAtRiskAndOneReachingItIsOnTrack() {
		LocalDate today = START.plusDays(29);
		LocalDate due = START.plusDays(59);
		OptionalDouble slow = Forecast.at(linear(30, 1.0, 0), due, 28);
		OptionalDouble fast = Forecast.at(linear(30, 2.0, 0), due, 28);

		assertThat(ProgressStatus.of(29, 100, today, START, due, slow)).isEqualTo(ProgressStatus.AT_RISK);
		assertThat(ProgressStatus.of(58, 100, today, START, due, fast)).isEqualTo(ProgressStatus.ON_TRACK);
	}

	@Test
	void reachingTheTargetIsMetAndMissingThePassedDueDateIsOffTrack() {
		LocalDate due = START.plusDays(30);
		assertThat(ProgressStatus.of(100, 100, START.plusDays(10), START, due, OptionalDouble.empty()))
			.isEqualTo(ProgressStatus.MET);
		assertThat(ProgressStatus.of(99, 100, due.plusDays(1), START, due, OptionalDouble.of(120)))
			.isEqualTo(ProgressStatus.OFF_TRACK);
	}

	@Test
	void aFlatSeriesBelowTheTargetIsOffTrack() {
		LocalDate due = START.plusDays(60);
		OptionalDouble flat = Forecast.at(linear(20, 0, 0), due, 28);

		assertThat(ProgressStatus.of(0, 100, START.plusDays(19), START, due, flat)).isEqualTo(ProgressStatus.OFF_TRACK);
	}

}
