package vn.hocso.learner.importing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Excel stores a date as a number of days shown through a date format. The number means a
 * date only when the cell's format is one: a bare 1985 typed into a General cell is a
 * year, not 7 June 1905. The workbook's date system decides day 0: 1900 (Windows) or 1904
 * (old Mac Excel, four years and a day later).
 */
final class ExcelDates {

	/**
	 * Day 0 of the 1900 system for serials from 61 on, Excel's phantom 29 February 1900
	 * folded in.
	 */
	private static final LocalDate EPOCH_1900 = LocalDate.of(1899, 12, 30);

	private static final LocalDate EPOCH_1904 = LocalDate.of(1904, 1, 1);

	/**
	 * Quoted text, escaped characters and [colour]/[$-locale] sections say nothing about
	 * being a date.
	 */
	private static final Pattern NOT_FORMAT_CODES = Pattern.compile("\"[^\"]*\"|\\\\.|\\[[^]]*]");

	private ExcelDates() {
	}

	/**
	 * Built-in date formats (14–22, 27–36, 45–47, 50–58) or a custom format with a day or
	 * year code.
	 */
	static boolean isDateFormat(@Nullable Integer id, @Nullable String format) {
		if (id != null && ((id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 45 && id <= 47)
				|| (id >= 50 && id <= 58))) {
			return true;
		}
		if (format == null || format.isBlank() || format.equalsIgnoreCase("General")) {
			return false;
		}
		String codes = NOT_FORMAT_CODES.matcher(format).replaceAll("").toLowerCase(Locale.ROOT);
		return codes.indexOf('d') >= 0 || codes.indexOf('y') >= 0;
	}

	static Optional<LocalDate> toDate(BigDecimal serial, boolean date1904) {
		if (serial.signum() < 0 || serial.compareTo(BigDecimal.valueOf(2_958_465)) > 0) {
			return Optional.empty();
		}
		long days = serial.longValue();
		if (date1904) {
			return Optional.of(EPOCH_1904.plusDays(days));
		}
		if (days == 0 || days == 60) {
			// 0 January 1900 and 29 February 1900 do not exist.
			return Optional.empty();
		}
		return Optional.of(days < 60 ? EPOCH_1900.plusDays(days + 1) : EPOCH_1900.plusDays(days));
	}

}
