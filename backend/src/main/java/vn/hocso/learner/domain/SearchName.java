package vn.hocso.learner.domain;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The form a name is searched in: lower case, no diacritics, đ as d, single spaces — so
 * "nguyen van an" finds "Nguyễn Văn An". Also the key that matches an imported row to a
 * learner.
 */
public final class SearchName {

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private static final Pattern SPACES = Pattern.compile("\\s+");

	private SearchName() {
	}

	public static String of(String text) {
		String lower = text.toLowerCase(Locale.ROOT).replace('đ', 'd');
		String stripped = MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
		return SPACES.matcher(stripped).replaceAll(" ").strip();
	}

}
