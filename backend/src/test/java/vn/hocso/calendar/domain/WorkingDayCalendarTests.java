package vn.hocso.calendar.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.AbstractPlatformTransactionManager;
import org.springframework.transaction.support.DefaultTransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;

import vn.hocso.calendar.Deadline;
import vn.hocso.calendar.WorkingDayCalendar;

/**
 * Deadlines counted against the seeded official schedules and the computed defaults:
 * plain date arithmetic, no Spring. The table is what {@link CalendarSeeder} writes from
 * the official CSV and the law's rules, kept in a list; a holiday saved on another node
 * is {@code CalendarModuleTests}'.
 */
class WorkingDayCalendarTests {

	private static WorkingDayCalendar calendar;

	@BeforeAll
	static void theSeededTable() throws Exception {
		List<CalendarDay> table = new ArrayList<>();
		CalendarDayRepository repository = mock(CalendarDayRepository.class);
		given(repository.findAll()).willAnswer(call -> List.copyOf(table));
		given(repository.existsByDateBetween(any(), any())).willAnswer(call -> table.stream()
			.anyMatch(day -> !day.getDate().isBefore(call.getArgument(0))
					&& !day.getDate().isAfter(call.getArgument(1))));
		given(repository.saveAllAndFlush(anyList())).willAnswer(call -> {
			List<CalendarDay> saved = call.getArgument(0);
			table.addAll(saved);
			return saved;
		});
		CachedWorkingDayCalendar cached = new CachedWorkingDayCalendar(repository, Duration.ofHours(1));
		CalendarProperties properties = new CalendarProperties(
				new ClassPathResource("seed-data/calendar/holidays-official.csv"), 2023, 2030);
		new CalendarSeeder(repository, cached, properties, new TransactionTemplate(new NoTransactions()),
				Clock.systemUTC())
			.run(null);
		calendar = cached;
	}

	@Test
	void accountIssuedJustBeforeTet2024IsDueOn28February() {
		// Tết 2024 for civil servants: Thu 8 to Wed 14 February.
		Deadline deadline = calendar.deadlineFor(Instant.parse("2024-02-07T03:00:00Z"), 10);

		assertThat(deadline.date()).isEqualTo(LocalDate.of(2024, 2, 28));
		assertThat(deadline.endsAt()).isEqualTo(OffsetDateTime.parse("2024-02-29T00:00:00+07:00").toInstant());
	}

	@Test
	void theIssueDayIsTheDayInVietnamNotInUtc() {
		// 17:30 UTC on 6 Feb is already 00:30 on Wed 7 Feb in Hà Nội.
		assertThat(calendar.deadlineFor(Instant.parse("2024-02-06T17:30:00Z"), 10).date())
			.isEqualTo(LocalDate.of(2024, 2, 28));
	}

	@Test
	void aDeadlineEndsAtMidnightVietnamTime() {
		Deadline deadline = calendar.deadlineFor(Instant.parse("2024-02-07T03:00:00Z"), 10);

		assertThat(deadline.isMetBy(OffsetDateTime.parse("2024-02-28T23:59:59+07:00").toInstant())).isTrue();
		assertThat(deadline.isMetBy(OffsetDateTime.parse("2024-02-29T00:00:00+07:00").toInstant())).isFalse();
	}

	@Test
	void aPlainWeekendIsSkipped() {
		// Fri 1 March 2024 + 5 working days = Fri 8 March.
		assertThat(calendar.addWorkingDays(LocalDate.of(2024, 3, 1), 1)).isEqualTo(LocalDate.of(2024, 3, 4));
		assertThat(calendar.addWorkingDays(LocalDate.of(2024, 3, 1), 5)).isEqualTo(LocalDate.of(2024, 3, 8));
	}

	@Test
	void theSwappedSaturdayOf4May2024IsCounted() {
		// 29/4 swapped off for Sat 4/5; 30/4 and 1/5 holidays.
		assertThat(calendar.addWorkingDays(LocalDate.of(2024, 4, 26), 1)).isEqualTo(LocalDate.of(2024, 5, 2));
		assertThat(calendar.addWorkingDays(LocalDate.of(2024, 4, 26), 3)).isEqualTo(LocalDate.of(2024, 5, 4));
		assertThat(calendar.isWorkingDay(LocalDate.of(2024, 5, 4))).isTrue();
		assertThat(calendar.isWorkingDay(LocalDate.of(2024, 4, 29))).isFalse();
	}

	@Test
	void reunificationAndLabourDay2025SkipFiveDays() {
		// 30/4 to 4/5/2025 off (2/5 swapped for Sat 26/4).
		assertThat(calendar.addWorkingDays(LocalDate.of(2025, 4, 29), 1)).isEqualTo(LocalDate.of(2025, 5, 5));
		assertThat(calendar.isWorkingDay(LocalDate.of(2025, 4, 26))).isTrue();
	}

	@Test
	void tet2025IsFiveWeekdaysWithNoWorkedSaturday() {
		// Tết 2025: 25 Jan – 2 Feb, Tết days Mon 27 – Fri 31 Jan.
		assertThat(calendar.addWorkingDays(LocalDate.of(2025, 1, 24), 1)).isEqualTo(LocalDate.of(2025, 2, 3));
		assertThat(calendar.isWorkingDay(LocalDate.of(2025, 2, 8))).isFalse();
	}

	@Test
	void tet2026BreakIsNotCounted() {
		// Tết 2026: 14–22 February, weekdays off 16–20.
		assertThat(calendar.addWorkingDays(LocalDate.of(2026, 2, 13), 1)).isEqualTo(LocalDate.of(2026, 2, 23));
	}

	@Test
	void computedYearsHaveTheirCompensatoryDaysInTheTable() {
		// 2027 has no official schedule yet: Tết 5–9 Feb with two compensatory days
		// after.
		assertThat(calendar.isWorkingDay(LocalDate.of(2027, 2, 10))).isFalse();
		assertThat(calendar.isWorkingDay(LocalDate.of(2027, 2, 12))).isTrue();
	}

	@Test
	void workingDaysBetweenCountsWhatIsLeft() {
		assertThat(calendar.workingDaysBetween(LocalDate.of(2024, 2, 7), LocalDate.of(2024, 2, 28))).isEqualTo(10);
		assertThat(calendar.workingDaysBetween(LocalDate.of(2024, 2, 7), LocalDate.of(2024, 2, 14))).isZero();
		assertThat(calendar.workingDaysBetween(LocalDate.of(2024, 2, 28), LocalDate.of(2024, 2, 7))).isZero();
	}

	/** The seeder's one transaction per year, here around a list. */
	private static final class NoTransactions extends AbstractPlatformTransactionManager {

		@Override
		protected Object doGetTransaction() {
			return new Object();
		}

		@Override
		protected void doBegin(Object transaction, TransactionDefinition definition) {
		}

		@Override
		protected void doCommit(DefaultTransactionStatus status) {
		}

		@Override
		protected void doRollback(DefaultTransactionStatus status) {
		}

	}

}
