package vn.hocso.learner.importing;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import vn.hocso.learner.LearnerCategory;
import vn.hocso.learner.domain.Gender;
import vn.hocso.learner.domain.SearchName;

/**
 * How a cell's text is read as a date, a gender or a category, the ways Vietnamese staff
 * lists write them.
 */
final class RowValues {

	private static final List<DateTimeFormatter> DATES = List.of(
			DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT),
			DateTimeFormatter.ofPattern("d-M-uuuu").withResolverStyle(ResolverStyle.STRICT),
			DateTimeFormatter.ofPattern("d.M.uuuu").withResolverStyle(ResolverStyle.STRICT),
			DateTimeFormatter.ISO_LOCAL_DATE);

	private static final Pattern YEAR_ONLY = Pattern.compile("\\d{4}");

	private static final Pattern TWO_DIGIT_YEAR = Pattern.compile("\\d{1,2}|\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{2}");

	private static final Map<String, LearnerCategory> CATEGORIES = Map.ofEntries(
			Map.entry("can bo", LearnerCategory.CAN_BO), Map.entry("cong chuc", LearnerCategory.CONG_CHUC),
			Map.entry("vien chuc", LearnerCategory.VIEN_CHUC),
			Map.entry("nguoi lao dong", LearnerCategory.NGUOI_LAO_DONG),
			Map.entry("lao dong hop dong", LearnerCategory.NGUOI_LAO_DONG),
			Map.entry("cong dan", LearnerCategory.CITIZEN), Map.entry("nguoi dan", LearnerCategory.CITIZEN),
			Map.entry("citizen", LearnerCategory.CITIZEN),
			Map.entry("nhan vien doanh nghiep", LearnerCategory.ENTERPRISE_STAFF),
			Map.entry("doanh nghiep", LearnerCategory.ENTERPRISE_STAFF),
			Map.entry("enterprise staff", LearnerCategory.ENTERPRISE_STAFF),
			Map.entry("official", LearnerCategory.CAN_BO), Map.entry("civil servant", LearnerCategory.CONG_CHUC),
			Map.entry("public employee", LearnerCategory.VIEN_CHUC),
			Map.entry("contract worker", LearnerCategory.NGUOI_LAO_DONG));

	private static final Map<String, Gender> GENDERS = Map.of("nam", Gender.MALE, "male", Gender.MALE, "m", Gender.MALE,
			"nu", Gender.FEMALE, "female", Gender.FEMALE, "f", Gender.FEMALE, "khac", Gender.OTHER, "other",
			Gender.OTHER);

	private RowValues() {
	}

	/**
	 * A whole date only: day, month and four-digit year (Excel date cells arrive already
	 * written so). A bare number is never read as an Excel serial: "1985" is a year, not
	 * 7 June 1905.
	 */
	static Optional<LocalDate> date(String text) {
		for (DateTimeFormatter format : DATES) {
			try {
				return Optional.of(LocalDate.parse(text, format));
			}
			catch (DateTimeParseException ex) {
				// try the next way of writing it
			}
		}
		return Optional.empty();
	}

	/**
	 * Why a text is not a date, as a row error code: a year alone, a two-digit year, or
	 * anything else.
	 */
	static String dateProblem(String text) {
		if (YEAR_ONLY.matcher(text).matches()) {
			return "date-year-only";
		}
		if (TWO_DIGIT_YEAR.matcher(text).matches()) {
			return "date-two-digit-year";
		}
		return "bad-date";
	}

	static Optional<LearnerCategory> category(String text) {
		String key = SearchName.of(text).replace('_', ' ');
		LearnerCategory named = CATEGORIES.get(key);
		if (named != null) {
			return Optional.of(named);
		}
		try {
			return Optional.of(LearnerCategory.valueOf(key.replace(' ', '_').toUpperCase(Locale.ROOT)));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	static Optional<Gender> gender(String text) {
		return Optional.ofNullable(GENDERS.get(SearchName.of(text)));
	}

}
