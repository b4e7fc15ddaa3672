package vn.hocso.certificate.document;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.Base64;

import org.jspecify.annotations.Nullable;

/**
 * Binds the date of birth into the signature without publishing it: the signed content
 * carries {@code base64url(SHA-256(salt ‖ UTF-8(ISO date)))}, where {@code salt} is 16
 * random bytes kept with the certificate and shown only to its holder and staff. Without
 * the salt the commitment cannot be tested against guessed dates (there are only ~36,500
 * plausible ones).
 */
public final class DateOfBirthCommitment {

	/** 128 bits. */
	public static final int SALT_BYTES = 16;

	private static final SecureRandom RANDOM = new SecureRandom();

	private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

	private DateOfBirthCommitment() {
	}

	/** A fresh salt, base64url without padding (22 characters). */
	public static String newSalt() {
		byte[] salt = new byte[SALT_BYTES];
		RANDOM.nextBytes(salt);
		return BASE64URL.encodeToString(salt);
	}

	/**
	 * The commitment, or null when there is no date of birth (the signature then says
	 * "none").
	 */
	public static @Nullable String of(String salt, @Nullable LocalDate dateOfBirth) {
		if (dateOfBirth == null) {
			return null;
		}
		try {
			MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
			sha256.update(Base64.getUrlDecoder().decode(salt));
			sha256.update(dateOfBirth.toString().getBytes(StandardCharsets.UTF_8));
			return BASE64URL.encodeToString(sha256.digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every JDK", ex);
		}
	}

	/**
	 * Whether this salt and date of birth open the commitment (what a verifier shown the
	 * PDF checks).
	 */
	public static boolean matches(@Nullable String commitment, String salt, @Nullable LocalDate dateOfBirth) {
		String expected = of(salt, dateOfBirth);
		return expected == null ? commitment == null : commitment != null && MessageDigest
			.isEqual(expected.getBytes(StandardCharsets.US_ASCII), commitment.getBytes(StandardCharsets.US_ASCII));
	}

}
