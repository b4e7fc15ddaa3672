package vn.hocso.account.domain;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Usernames that a learner can type on a phone: the given name (the last word of a
 * Vietnamese name), the initials of the family and middle names, then the learner's id —
 * "Nguyễn Văn An", learner 1234 → {@code annv1234}. Lower-case ASCII only (diacritics
 * dropped, đ → d). The id makes collisions impossible by construction and keeps the
 * username stable when the name changes.
 */
public final class UsernameScheme {

	private static final int MAX_GIVEN = 12;

	private UsernameScheme() {
	}

	public static String usernameFor(long learnerId, String fullName) {
		// "Nguyễn Văn Tư (Bí thư)": a note in parentheses is not part of the name the
		// learner types.
		String withoutNotes = fullName.replaceAll("\\([^()]*\\)", " ");
		List<String> words = Arrays.stream(ascii(withoutNotes).split("[^a-z0-9]+")).filter(w -> !w.isEmpty()).toList();
		if (words.isEmpty()) {
			return "hv" + learnerId;
		}
		String given = words.getLast();
		StringBuilder name = new StringBuilder(given.length() > MAX_GIVEN ? given.substring(0, MAX_GIVEN) : given);
		for (String word : words.subList(0, words.size() - 1)) {
			name.append(word.charAt(0));
		}
		return name.append(learnerId).toString();
	}

	static String ascii(String text) {
		String withoutD = text.replace('Đ', 'D').replace('đ', 'd');
		return Normalizer.normalize(withoutD, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
	}

}
