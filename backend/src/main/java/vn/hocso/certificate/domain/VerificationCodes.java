package vn.hocso.certificate.domain;

import java.security.SecureRandom;

import org.springframework.stereotype.Component;

/**
 * 16 characters of Crockford's base 32 (lower case): 80 random bits from SecureRandom.
 */
@Component
class VerificationCodes {

	static final String ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz";

	static final int LENGTH = 16;

	private final SecureRandom random = new SecureRandom();

	String next() {
		char[] code = new char[LENGTH];
		for (int i = 0; i < LENGTH; i++) {
			code[i] = ALPHABET.charAt(random.nextInt(32));
		}
		return new String(code);
	}

}
