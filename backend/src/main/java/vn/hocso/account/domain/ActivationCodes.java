package vn.hocso.account.domain;

import java.security.SecureRandom;

/**
 * Single-use activation codes: {@code length} characters from Crockford's base-32
 * alphabet in lower case (no i, l, o, u: nothing to confuse on paper), 5 random bits each
 * — 16 characters are 80 bits — printed and typed in groups of four:
 * {@code k7m2-x9qa-3hf8-wz5c}.
 */
public final class ActivationCodes {

	static final String ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz";

	private final SecureRandom random = new SecureRandom();

	private final int length;

	public ActivationCodes(int length) {
		if (length < 13) {
			throw new IllegalArgumentException("activation codes need at least 13 characters (64 bits)");
		}
		this.length = length;
	}

	public String next() {
		StringBuilder code = new StringBuilder(length + length / 4);
		for (int i = 0; i < length; i++) {
			if (i > 0 && i % 4 == 0) {
				code.append('-');
			}
			code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
		}
		return code.toString();
	}

}
