package vn.hocso.media.domain;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.stereotype.Component;

/**
 * Short-lived signed links, so that a {@code <video>} or {@code <iframe>} (which cannot
 * send a bearer token) streams a media file:
 * {@code ?token=<expiry epoch second>.<HMAC-SHA256(mediaId:expiry)>}. The link is issued
 * only after the caller's access has been checked.
 */
@Component
public class MediaLinks {

	private final byte[] secret;

	private final MediaProperties properties;

	private final Clock clock;

	MediaLinks(MediaProperties properties, Clock clock) {
		this.properties = properties;
		this.clock = clock;
		String configured = properties.linkSecret();
		if (configured == null || configured.isBlank()) {
			this.secret = new byte[32];
			new SecureRandom().nextBytes(secret);
		}
		else {
			this.secret = configured.getBytes(StandardCharsets.UTF_8);
		}
	}

	public record SignedLink(String url, Instant expiresAt) {
	}

	public SignedLink sign(String mediaId) {
		Instant expiresAt = clock.instant().plus(properties.linkTtl());
		long expiry = expiresAt.getEpochSecond();
		return new SignedLink("/api/media/" + mediaId + "?token=" + expiry + "." + mac(mediaId, expiry), expiresAt);
	}

	public boolean verify(String mediaId, String token) {
		return verifiedExpiry(mediaId, token).isPresent();
	}

	/**
	 * When this link's token expires, if it is valid for this media file and has not
	 * expired yet.
	 */
	public Optional<Instant> verifiedExpiry(String mediaId, String token) {
		int dot = token.indexOf('.');
		if (dot < 1) {
			return Optional.empty();
		}
		long expiry;
		try {
			expiry = Long.parseLong(token.substring(0, dot));
		}
		catch (NumberFormatException e) {
			return Optional.empty();
		}
		if (clock.instant().getEpochSecond() > expiry) {
			return Optional.empty();
		}
		boolean valid = MessageDigest.isEqual(mac(mediaId, expiry).getBytes(StandardCharsets.US_ASCII),
				token.substring(dot + 1).getBytes(StandardCharsets.US_ASCII));
		return valid ? Optional.of(Instant.ofEpochSecond(expiry)) : Optional.empty();
	}

	private String mac(String mediaId, long expiry) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret, "HmacSHA256"));
			byte[] digest = mac.doFinal((mediaId + ":" + expiry).getBytes(StandardCharsets.US_ASCII));
			return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException(e);
		}
	}

}
