package vn.hocso.exam.domain;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Whether a staff-list position names one of an exam's positions. Both sides are
 * normalized — lower case, Vietnamese diacritics and đ removed, punctuation turned into
 * spaces, spaces collapsed — and a position matches when it contains one of the exam's
 * positions as whole words: "Cán bộ CNTT" matches "cán bộ cntt văn phòng" and "Chuyên
 * viên - Cán bộ CNTT", not "cán bộ cntttt".
 */
public final class PositionMatch {

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

	private final List<String> wanted;

	public PositionMatch(List<String> positions) {
		this.wanted = positions.stream().map(PositionMatch::normalize).filter(p -> !p.isBlank()).distinct().toList();
	}

	public boolean matches(@Nullable String position) {
		if (position == null) {
			return false;
		}
		String padded = " " + normalize(position) + " ";
		return wanted.stream().anyMatch(w -> padded.contains(" " + w + " "));
	}

	public List<String> positions() {
		return wanted;
	}

	static String normalize(String text) {
		String lower = text.toLowerCase(Locale.ROOT).replace('đ', 'd');
		String bare = MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
		return NOT_WORD.matcher(bare).replaceAll(" ").trim();
	}

}
