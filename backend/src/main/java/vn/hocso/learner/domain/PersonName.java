package vn.hocso.learner.domain;

import java.text.Normalizer;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The rule for a person's full name, in one place: stored in NFC with single spaces;
 * letters (any script, with their marks), digits, spaces and {@code . , ' ’ ( ) -} — what
 * Vietnamese staff lists hold ("H'Hen Niê", "Nguyễn Văn Tư (Bí thư)", "Lê-Trần T. Mai").
 * Keycloak's realm user profile holds the same pattern for firstName and lastName (ADR
 * 0180), so a name the import accepts is a name Keycloak accepts.
 */
public final class PersonName {

	/**
	 * Also in infra/keycloak/hocso-realm-template.json (firstName, lastName); a test
	 * keeps the two equal.
	 */
	public static final String PATTERN = "^[\\p{L}\\p{M}\\p{N} .,'\u2019()-]+$";

	private static final Pattern ALLOWED = Pattern.compile(PATTERN);

	private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2007\\u202F]+");

	private static final Pattern INVISIBLE = Pattern.compile("[\\p{Cc}\\p{Cf}\\p{Co}\\p{Cn}\\p{Cs}]");

	public static final int MAX_LENGTH = 255;

	private PersonName() {
	}

	/**
	 * NFC (a name typed on a Mac arrives decomposed), runs of spaces as one, no spaces at
	 * the ends.
	 */
	public static String normalize(String name) {
		return SPACES.matcher(Normalizer.normalize(name, Normalizer.Form.NFC)).replaceAll(" ").strip();
	}

	/**
	 * Why a normalized name cannot be stored, as a problem code suffix, or empty when it
	 * can.
	 */
	public static Optional<Problem> problem(String normalized) {
		if (normalized.isEmpty()) {
			return Optional.of(new Problem("missing-name", ""));
		}
		if (normalized.length() > MAX_LENGTH) {
			return Optional.of(new Problem("name-too-long", normalized.substring(0, 40)));
		}
		var invisible = INVISIBLE.matcher(normalized);
		if (invisible.find()) {
			return Optional.of(new Problem("name-control-character",
					String.format("U+%04X", normalized.codePointAt(invisible.start()))));
		}
		if (!ALLOWED.matcher(normalized).matches()) {
			return Optional.of(new Problem("name-invalid-character", firstRefused(normalized)));
		}
		return Optional.empty();
	}

	private static String firstRefused(String name) {
		return name.codePoints()
			.filter(c -> !ALLOWED.matcher("" + Character.toString(c)).matches())
			.mapToObj(Character::toString)
			.findFirst()
			.orElse("?");
	}

	/**
	 * {@code code}: what is wrong; {@code detail}: the offending character (or a prefix
	 * of a long name).
	 */
	public record Problem(String code, String detail) {
	}

}
