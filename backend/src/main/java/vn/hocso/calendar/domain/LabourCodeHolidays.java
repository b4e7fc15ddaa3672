package vn.hocso.calendar.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import net.time4j.PlainDate;
import net.time4j.calendar.EastAsianMonth;
import net.time4j.calendar.EastAsianYear;
import net.time4j.calendar.VietnameseCalendar;

import vn.hocso.calendar.DayKind;

/**
 * Default days off for years whose official schedule is not known yet, from Labour Code
 * 2019 art. 112: 1/1; five days of Tết; the Hùng Kings' day (10/3 lunar); 30/4; 1/5; 2/9
 * and one adjacent day. The Prime Minister picks the five Tết days and the day next to
 * 2/9 each year (cl. 3); the defaults are the last day of the lunar year with the first
 * four of the next, and the day before 2/9. A holiday on a Saturday or Sunday gives a
 * compensatory day on the next working day (art. 111 cl. 3). The decisions, usually with
 * swapped days, replace these when an ADMIN enters them.
 */
public final class LabourCodeHolidays {

	private static final String NOTE = "Labour Code 2019 art. 112 (computed)";

	private LabourCodeHolidays() {
	}

	public static List<PlannedDay> forYear(int year) {
		List<PlannedDay> holidays = new ArrayList<>();
		holidays.add(holiday(LocalDate.of(year, 1, 1), "Tết Dương lịch", "New Year's Day"));
		LocalDate newYear = lunar(year, 1, 1);
		for (LocalDate day = newYear.minusDays(1); day.isBefore(newYear.plusDays(4)); day = day.plusDays(1)) {
			holidays.add(holiday(day, "Tết Nguyên đán", "Lunar New Year"));
		}
		holidays.add(holiday(lunar(year, 3, 10), "Giỗ Tổ Hùng Vương", "Hùng Kings' Commemoration"));
		holidays.add(holiday(LocalDate.of(year, 4, 30), "Ngày Chiến thắng", "Reunification Day"));
		holidays.add(holiday(LocalDate.of(year, 5, 1), "Quốc tế Lao động", "International Labour Day"));
		LocalDate nationalDay = LocalDate.of(year, 9, 2);
		holidays.add(holiday(adjacentToNationalDay(nationalDay), "Quốc khánh", "National Day"));
		holidays.add(holiday(nationalDay, "Quốc khánh", "National Day"));
		holidays.sort(Comparator.comparing(PlannedDay::date));
		return withCompensatoryDays(holidays);
	}

	/**
	 * The Gregorian date of lunar {@code month}/{@code dayOfMonth} in the lunar year that
	 * begins in Gregorian {@code year}.
	 */
	static LocalDate lunar(int year, int month, int dayOfMonth) {
		VietnameseCalendar date = VietnameseCalendar.of(EastAsianYear.forGregorian(year), EastAsianMonth.valueOf(month),
				dayOfMonth);
		return date.transform(PlainDate.axis()).toTemporalAccessor();
	}

	/**
	 * The law lets the Prime Minister pick the day before or after 2/9; by default the
	 * day before, unless that is a Sunday (2/9 on a Monday), so that the two days join a
	 * weekend.
	 */
	static LocalDate adjacentToNationalDay(LocalDate nationalDay) {
		return nationalDay.getDayOfWeek() == DayOfWeek.MONDAY ? nationalDay.plusDays(1) : nationalDay.minusDays(1);
	}

	private static List<PlannedDay> withCompensatoryDays(List<PlannedDay> holidays) {
		Set<LocalDate> taken = new HashSet<>();
		holidays.forEach(day -> taken.add(day.date()));
		List<PlannedDay> days = new ArrayList<>(holidays);
		for (PlannedDay holiday : holidays) {
			if (CalendarDay.isWeekend(holiday.date())) {
				LocalDate compensatory = holiday.date().plusDays(1);
				while (CalendarDay.isWeekend(compensatory) || taken.contains(compensatory)) {
					compensatory = compensatory.plusDays(1);
				}
				taken.add(compensatory);
				days.add(new PlannedDay(compensatory, DayKind.COMPENSATORY_DAY_OFF, "Nghỉ bù " + holiday.nameVi(),
						holiday.nameEn() + " (compensatory)",
						"Labour Code 2019 art. 111 cl. 3 (computed), for " + MonthDay.from(holiday.date())));
			}
		}
		days.sort(Comparator.comparing(PlannedDay::date));
		return days;
	}

	private static PlannedDay holiday(LocalDate date, String nameVi, String nameEn) {
		return new PlannedDay(date, DayKind.PUBLIC_HOLIDAY, nameVi, nameEn, NOTE);
	}

}
