package vn.hocso.calendar.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.hocso.calendar.DayKind;

/**
 * The law's default days off, computed with Time4J's Vietnamese calendar for years
 * without a decision.
 */
class LabourCodeHolidaysTests {

	@ParameterizedTest
	@CsvSource({ "2023, 2023-01-22", "2024, 2024-02-10", "2025, 2025-01-29", "2026, 2026-02-17", "2027, 2027-02-06",
			"2028, 2028-01-26", "2029, 2029-02-13",
			// Vietnam (UTC+7) sees the new moon on 2 Feb 2030, China (UTC+8) after
			// midnight: Tết is a day earlier here.
			"2030, 2030-02-02" })
	void tetIsTheFirstDayOfTheVietnameseLunarYear(int year, LocalDate tet) {
		assertThat(LabourCodeHolidays.lunar(year, 1, 1)).isEqualTo(tet);
	}

	@ParameterizedTest
	@CsvSource({ "2023, 2023-04-29", "2024, 2024-04-18", "2025, 2025-04-07", "2026, 2026-04-26", "2027, 2027-04-16",
			"2028, 2028-04-04", "2029, 2029-04-23", "2030, 2030-04-12" })
	void hungKingsDayIsTheTenthOfTheThirdLunarMonth(int year, LocalDate hungKings) {
		assertThat(holidays(year)).contains(hungKings);
	}

	@Test
	void tetIsTheLastDayOfTheLunarYearAndTheFirstFour() {
		List<LocalDate> tet = LabourCodeHolidays.forYear(2029)
			.stream()
			.filter(day -> day.nameVi().equals("Tết Nguyên đán"))
			.map(PlannedDay::date)
			.toList();

		assertThat(tet).containsExactly(LocalDate.of(2029, 2, 12), LocalDate.of(2029, 2, 13), LocalDate.of(2029, 2, 14),
				LocalDate.of(2029, 2, 15), LocalDate.of(2029, 2, 16));
	}

	@Test
	void tetOnAWeekendGivesCompensatoryDaysAfterTheBreak() {
		// Tết 2027: Fri 5 Feb to Tue 9 Feb, with Sat 6 and Sun 7 inside.
		assertThat(compensatoryDays(2027)).contains(LocalDate.of(2027, 2, 10), LocalDate.of(2027, 2, 11));
	}

	@Test
	void reunificationDayOnASundayIsCompensatedAfterLabourDay() {
		// 30 April 2028 is a Sunday and 1 May a Monday holiday, so the day off moves to
		// Tuesday.
		assertThat(compensatoryDays(2028)).contains(LocalDate.of(2028, 5, 2));
	}

	@Test
	void nationalDayTakesTheDayBeforeUnlessThatIsASunday() {
		assertThat(LabourCodeHolidays.adjacentToNationalDay(LocalDate.of(2026, 9, 2)))
			.isEqualTo(LocalDate.of(2026, 9, 1));
		assertThat(LabourCodeHolidays.adjacentToNationalDay(LocalDate.of(2024, 9, 2)))
			.isEqualTo(LocalDate.of(2024, 9, 3));
	}

	@Test
	void nationalDayOnASundayWithTheSaturdayBeforeGivesTwoCompensatoryDays() {
		// 2029: Sat 1 Sep and Sun 2 Sep are both holidays on weekly rest days.
		assertThat(compensatoryDays(2029)).contains(LocalDate.of(2029, 9, 3), LocalDate.of(2029, 9, 4));
	}

	@Test
	void aYearHasElevenHolidays() {
		assertThat(LabourCodeHolidays.forYear(2027).stream().filter(day -> day.kind() == DayKind.PUBLIC_HOLIDAY))
			.hasSize(11);
	}

	/**
	 * Prints a year's computed days:
	 * {@code ../mvnw test -Dtest=LabourCodeHolidaysTests -Dcalendar.year=2031}.
	 */
	@Test
	void printsTheComputedDaysOfAYear() {
		int year = Integer.getInteger("calendar.year", 2027);
		List<PlannedDay> days = LabourCodeHolidays.forYear(year);
		days.forEach(day -> System.out.printf("%s %-3s %-20s %s%n", day.date(),
				day.date().getDayOfWeek().toString().substring(0, 3), day.kind(), day.nameVi()));
		assertThat(days).allMatch(day -> day.date().getYear() == year);
	}

	private static List<LocalDate> holidays(int year) {
		return LabourCodeHolidays.forYear(year)
			.stream()
			.filter(day -> day.kind() == DayKind.PUBLIC_HOLIDAY)
			.map(PlannedDay::date)
			.toList();
	}

	private static List<LocalDate> compensatoryDays(int year) {
		return LabourCodeHolidays.forYear(year)
			.stream()
			.filter(day -> day.kind() == DayKind.COMPENSATORY_DAY_OFF)
			.map(PlannedDay::date)
			.toList();
	}

}
