package vn.hocso.learner.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/**
 * Which numbers are dates, and which day they are in each of Excel's two date systems.
 */
class ExcelDatesTests {

	@Test
	void theSameDayHasSerialsFourYearsAndADayApartInTheTwoSystems() {
		assertThat(ExcelDates.toDate(BigDecimal.valueOf(31274), false)).contains(LocalDate.of(1985, 8, 15));
		assertThat(ExcelDates.toDate(BigDecimal.valueOf(29812), true)).contains(LocalDate.of(1985, 8, 15));
		assertThat(ExcelDates.toDate(BigDecimal.ZERO, true)).contains(LocalDate.of(1904, 1, 1));
	}

	@Test
	void excelsPhantom29February1900IsNoDateAndTheDaysAroundItAreRight() {
		assertThat(ExcelDates.toDate(BigDecimal.ONE, false)).contains(LocalDate.of(1900, 1, 1));
		assertThat(ExcelDates.toDate(BigDecimal.valueOf(59), false)).contains(LocalDate.of(1900, 2, 28));
		assertThat(ExcelDates.toDate(BigDecimal.valueOf(60), false)).isEmpty();
		assertThat(ExcelDates.toDate(BigDecimal.valueOf(61), false)).contains(LocalDate.of(1900, 3, 1));
		assertThat(ExcelDates.toDate(BigDecimal.valueOf(-1), false)).isEmpty();
	}

	@Test
	void aNumberIsADateOnlyThroughADateFormat() {
		assertThat(ExcelDates.isDateFormat(14, null)).isTrue();
		assertThat(ExcelDates.isDateFormat(164, "dd/mm/yyyy")).isTrue();
		assertThat(ExcelDates.isDateFormat(165, "[$-42A]d mmmm yyyy")).isTrue();
		assertThat(ExcelDates.isDateFormat(0, "General")).isFalse();
		assertThat(ExcelDates.isDateFormat(2, "0.00")).isFalse();
		assertThat(ExcelDates.isDateFormat(166, "[Red]0")).isFalse();
		assertThat(ExcelDates.isDateFormat(167, "h:mm")).isFalse();
		assertThat(ExcelDates.isDateFormat(168, "\"Ngày\" 0")).isFalse();
		assertThat(ExcelDates.isDateFormat(null, null)).isFalse();
	}

}
