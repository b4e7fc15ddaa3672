package vn.hocso.dashboard.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.hocso.calendar.WorkingDayCalendar;
import vn.hocso.enrolment.EnrolmentStatus;

/**
 * Pace against a Monday-to-Friday calendar; the clock started on Monday 2026-11-16
 * (Vietnam).
 */
class PacePolicyTests {

	private static final Instant STARTED = Instant.parse("2026-11-16T02:00:00Z");

	private static final LocalDate THURSDAY = LocalDate.parse("2026-11-19");

	private static final LocalDate DEADLINE = LocalDate.parse("2026-11-30");

	private final PacePolicy policy = new PacePolicy(new WeekdaysOnly());

	@Test
	void thirtyMinutesOnEveryPastWorkingDayIsOnPace() {
		Map<LocalDate, Long> study = Map.of(day(17), 1_800L, day(18), 1_800L);

		assertThat(pace(study, 200 * 60)).isEqualTo(Pace.IN_PROGRESS);
	}

	@Test
	void aShortWorkingDayPutsTheLearnerBehind() {
		Map<LocalDate, Long> study = Map.of(day(17), 1_800L, day(18), 600L);

		assertThat(pace(study, 200 * 60)).isEqualTo(Pace.BEHIND);
	}

	@Test
	void aLearnerWhoCaughtUpIsNoLongerBehind() {
		Map<LocalDate, Long> study = Map.of(day(17), 3_600L, day(18), 0L);

		assertThat(pace(study, 200 * 60)).isEqualTo(Pace.IN_PROGRESS);
	}

	@Test
	void moreVideoLeftThanTheWorkingDaysLeftAllowIsBehind() {
		Map<LocalDate, Long> study = Map.of(day(17), 1_800L, day(18), 1_800L);

		// Thursday to the 30th: 8 working days left, at 30 minutes a day 240 minutes; 250
		// remain.
		assertThat(pace(study, 250 * 60)).isEqualTo(Pace.BEHIND);
		assertThat(pace(study, 240 * 60)).isEqualTo(Pace.IN_PROGRESS);
	}

	@Test
	void theEnrolmentsOwnStagesPassThrough() {
		assertThat(policy.of(EnrolmentStatus.NOT_STARTED, STARTED, DEADLINE, THURSDAY, 30, Map.of(), 0))
			.isEqualTo(Pace.NOT_STARTED);
		assertThat(policy.of(EnrolmentStatus.OVERDUE, STARTED, DEADLINE, THURSDAY, 30, Map.of(), 0))
			.isEqualTo(Pace.OVERDUE);
		assertThat(policy.of(EnrolmentStatus.COMPLETED, STARTED, DEADLINE, THURSDAY, 30, Map.of(), 0))
			.isEqualTo(Pace.COMPLETED);
	}

	private Pace pace(Map<LocalDate, Long> study, long remainingSeconds) {
		return policy.of(EnrolmentStatus.IN_PROGRESS, STARTED, DEADLINE, THURSDAY, 30, study, remainingSeconds);
	}

	private static LocalDate day(int dayOfMonth) {
		return LocalDate.of(2026, 11, dayOfMonth);
	}

	private static final class WeekdaysOnly implements WorkingDayCalendar {

		@Override
		public boolean isWorkingDay(LocalDate date) {
			return date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY;
		}

		@Override
		public LocalDate addWorkingDays(LocalDate start, int days) {
			return workingDaysAfter(start, days).getLast();
		}

		@Override
		public List<LocalDate> workingDaysAfter(LocalDate start, int days) {
			List<LocalDate> list = new ArrayList<>();
			for (LocalDate day = start.plusDays(1); list.size() < days; day = day.plusDays(1)) {
				if (isWorkingDay(day)) {
					list.add(day);
				}
			}
			return list;
		}

		@Override
		public int workingDaysBetween(LocalDate fromExclusive, LocalDate toInclusive) {
			int count = 0;
			for (LocalDate day = fromExclusive.plusDays(1); !day.isAfter(toInclusive); day = day.plusDays(1)) {
				count += isWorkingDay(day) ? 1 : 0;
			}
			return count;
		}

	}

}
