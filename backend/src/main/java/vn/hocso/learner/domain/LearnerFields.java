package vn.hocso.learner.domain;

import java.util.Optional;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * How citizen IDs, phones and e-mails are written down. Phones: separators dropped,
 * {@code +84}/{@code 84} prefixes become {@code 0}; accepted are mobiles {@code 0[35789]}
 * + 8 digits and landlines {@code 02} + 9 digits.
 */
public final class LearnerFields {

	private static final Pattern CITIZEN_ID = Pattern.compile("\\d{12}");

	private static final Pattern PHONE = Pattern.compile("0[35789]\\d{8}|02\\d{9}");

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

	private static final Pattern PHONE_SEPARATORS = Pattern.compile("[\\s.()\\-]");

	private LearnerFields() {
	}

	public static boolean isCitizenId(String value) {
		return CITIZEN_ID.matcher(value).matches();
	}

	public static boolean isEmail(String value) {
		return value.length() <= 255 && EMAIL.matcher(value).matches();
	}

	/**
	 * The phone in the stored form {@code 0xxxxxxxxx}, or empty when it is not a
	 * Vietnamese number.
	 */
	public static Optional<String> normalizePhone(String value) {
		String digits = PHONE_SEPARATORS.matcher(value).replaceAll("");
		if (digits.startsWith("+84")) {
			digits = "0" + digits.substring(3);
		}
		else if (digits.startsWith("84") && digits.length() >= 11) {
			digits = "0" + digits.substring(2);
		}
		else if (digits.length() == 9 && "35789".indexOf(digits.charAt(0)) >= 0) {
			// A spreadsheet that stored the number as a number lost its leading zero.
			digits = "0" + digits;
		}
		return PHONE.matcher(digits).matches() ? Optional.of(digits) : Optional.empty();
	}

	public static @Nullable String blankToNull(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
