package vn.hocso.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/** Deadlines counted against the seeded official schedules and the computed defaults. */
@SpringBootTest
class WorkingDayCalendarTests {

	@Autowired
	WorkingDayCalendar calendar;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aHolidaySavedOnAnotherNodeCountsHereWithinSeconds() throws Exception {
		LocalDate day = LocalDate.of(2035, 3, 6); // a Tuesday without a row
		assertThat(calendar.isWorkingDay(day)).isTrue();
		long id = 9_000_000_000L + System.nanoTime() % 1_000_000;
		OffsetDateTime now = OffsetDateTime.now();
		// What another node's save leaves in the shared table: this node gets no event for it.
		jdbc.update("insert into calendar_day (id, day_date, kind, name_vi, name_en, source, created_at, created_by, "
				+ "updated_at, updated_by, version) values (?, ?, 'PUBLIC_HOLIDAY', 'Ngày thử', 'Test day', 'OFFICIAL', ?, "
				+ "'node-b', ?, 'node-b', 0)", id, day, now, now);
		try {
			long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
			while (calendar.isWorkingDay(day) && System.nanoTime() < deadline) {
				Thread.sleep(100);
			}
			assertThat(calendar.isWorkingDay(day)).as("the other node's holiday, seen here").isFalse();
		}
		finally {
			jdbc.update("delete from calendar_day where id = ?", id);
		}
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
		// 2027 has no official schedule yet: Tết 5–9 Feb with two compensatory days after.
		assertThat(calendar.isWorkingDay(LocalDate.of(2027, 2, 10))).isFalse();
		assertThat(calendar.isWorkingDay(LocalDate.of(2027, 2, 12))).isTrue();
	}

	@Test
	void workingDaysBetweenCountsWhatIsLeft() {
		assertThat(calendar.workingDaysBetween(LocalDate.of(2024, 2, 7), LocalDate.of(2024, 2, 28))).isEqualTo(10);
		assertThat(calendar.workingDaysBetween(LocalDate.of(2024, 2, 7), LocalDate.of(2024, 2, 14))).isZero();
		assertThat(calendar.workingDaysBetween(LocalDate.of(2024, 2, 28), LocalDate.of(2024, 2, 7))).isZero();
	}

}
