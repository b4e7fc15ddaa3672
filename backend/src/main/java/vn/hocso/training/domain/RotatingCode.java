package vn.hocso.training.domain;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The session's check-in code shown on the projector: HMAC-SHA256 of the session id and
 * the current minute, keyed by the session's secret. It lives for its minute only, so a
 * photo sent to someone at home is dead by the time they could open it; every node
 * computes the same code from the stored secret and its clock, with nothing shared in
 * memory.
 */
public final class RotatingCode {

	public static final Duration LIFETIME = Duration.ofSeconds(60);

	/**
	 * How many past minutes a stale code is still recognised as expired (rather than
	 * simply wrong).
	 */
	private static final int RECOGNISED_PAST_WINDOWS = 30;

	public enum Verdict {

		VALID, EXPIRED, INVALID

	}

	public record Shown(String code, Instant validUntil) {
	}

	private RotatingCode() {
	}

	public static Shown show(String secret, long sessionId, Instant now) {
		long window = windowOf(now);
		return new Shown(code(secret, sessionId, window), Instant.ofEpochSecond((window + 1) * LIFETIME.toSeconds()));
	}

	public static Verdict check(String secret, long sessionId, String code, Instant now) {
		long window = windowOf(now);
		if (matches(code(secret, sessionId, window), code)) {
			return Verdict.VALID;
		}
		for (int back = 1; back <= RECOGNISED_PAST_WINDOWS; back++) {
			if (matches(code(secret, sessionId, window - back), code)) {
				return Verdict.EXPIRED;
			}
		}
		return Verdict.INVALID;
	}

	static long windowOf(Instant at) {
		return Math.floorDiv(at.getEpochSecond(), LIFETIME.toSeconds());
	}

	static String code(String secret, long sessionId, long window) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			byte[] digest = mac.doFinal((sessionId + ":" + window).getBytes(StandardCharsets.UTF_8));
			// 48 bits: guessing the current minute's code is hopeless, and it stays short
			// in a URL.
			return HexFormat.of().formatHex(digest, 0, 6);
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("HmacSHA256 unavailable", e);
		}
	}

	private static boolean matches(String expected, String given) {
		return MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
				given.strip().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII));
	}

}
