package vn.hocso.dashboard.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import vn.hocso.calendar.WorkingDayCalendar;
import vn.hocso.enrolment.EnrolmentRef;
import vn.hocso.enrolment.EnrolmentStatus;
import vn.hocso.reminder.ReminderKind;

/** Clock started Monday 2026-11-16 (Vietnam), Monday-to-Friday calendar. */
class ReminderPolicyTests {

	private static final Instant STARTED = Instant.parse("2026-11-16T02:00:00Z");

	private final ReminderPolicy policy = new ReminderPolicy(weekdays());

	@Test
	void notStartedTwoWorkingDaysAfterTheClockStarted() {
		EnrolmentRef notStarted = enrolment(EnrolmentStatus.NOT_STARTED, LocalDate.parse("2026-11-30"));

		assertThat(policy.due(notStarted, Pace.NOT_STARTED, LocalDate.parse("2026-11-17"))).isEmpty();
		assertThat(policy.due(notStarted, Pace.NOT_STARTED, LocalDate.parse("2026-11-18")))
			.containsExactly(ReminderKind.NOT_STARTED);
	}

	@Test
	void twoWorkingDaysBeforeTheDeadlineAcrossAWeekend() {
		EnrolmentRef learner = enrolment(EnrolmentStatus.IN_PROGRESS, LocalDate.parse("2026-11-24"));

		assertThat(policy.due(learner, Pace.IN_PROGRESS, LocalDate.parse("2026-11-20")))
			.containsExactly(ReminderKind.DEADLINE_SOON);
		assertThat(policy.due(learner, Pace.IN_PROGRESS, LocalDate.parse("2026-11-23"))).isEmpty();
	}

	@Test
	void behindPaceIsReminded() {
		EnrolmentRef learner = enrolment(EnrolmentStatus.IN_PROGRESS, LocalDate.parse("2026-11-30"));

		assertThat(policy.due(learner, Pace.BEHIND, LocalDate.parse("2026-11-19")))
			.containsExactly(ReminderKind.BEHIND);
	}

	@Test
	void completedAndOverdueLearnersAreLeftAlone() {
		LocalDate today = LocalDate.parse("2026-11-20");
		assertThat(
				policy.due(enrolment(EnrolmentStatus.COMPLETED, LocalDate.parse("2026-11-24")), Pace.COMPLETED, today))
			.isEmpty();
		assertThat(policy.due(enrolment(EnrolmentStatus.OVERDUE, LocalDate.parse("2026-11-19")), Pace.OVERDUE, today))
			.isEmpty();
	}

	private static EnrolmentRef enrolment(EnrolmentStatus status, LocalDate deadline) {
		return new EnrolmentRef(1, 1, 1, 1, 1L, 1, "/1/", 7L, status, STARTED, deadline, null);
	}

	private static WorkingDayCalendar weekdays() {
		return new WorkingDayCalendar() {

			@Override
			public boolean isWorkingDay(LocalDate date) {
				return date.getDayOfWeek().getValue() <= 5;
			}

			@Override
			public LocalDate addWorkingDays(LocalDate start, int days) {
				throw new UnsupportedOperationException();
			}

			@Override
			public java.util.List<LocalDate> workingDaysAfter(LocalDate start, int days) {
				throw new UnsupportedOperationException();
			}

			@Override
			public int workingDaysBetween(LocalDate fromExclusive, LocalDate toInclusive) {
				int count = 0;
				for (LocalDate day = fromExclusive.plusDays(1); !day.isAfter(toInclusive); day = day.plusDays(1)) {
					count += isWorkingDay(day) ? 1 : 0;
				}
				return count;
			}

		};
	}

}
