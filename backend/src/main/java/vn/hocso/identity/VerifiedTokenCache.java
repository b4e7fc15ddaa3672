package vn.hocso.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtValidationException;

/**
 * Checks each access token's signature once for its lifetime: a player sends the same token with
 * every heartbeat, and the RSA check and claim parsing cost more than the heartbeat itself. Only
 * tokens the delegate accepted (signature, issuer, audience, expiry) are kept, keyed by the whole
 * token text, so a forged or altered token never matches a cached one. Every hit is validated again
 * (expiry above all), and expired entries are swept out every {@link #SWEEP_INTERVAL}. When the
 * cache is full of live tokens, further tokens are still verified, just not kept.
 */
class VerifiedTokenCache implements JwtDecoder {

	/** How often expired tokens are swept out (a full cache of live tokens is not rescanned more often). */
	static final Duration SWEEP_INTERVAL = Duration.ofSeconds(30);

	private final JwtDecoder delegate;

	private final OAuth2TokenValidator<Jwt> validator;

	private final int maxSize;

	private final Duration clockSkew;

	private final Clock clock;

	private final Map<String, Jwt> verified = new ConcurrentHashMap<>();

	private final AtomicLong nextSweepMillis = new AtomicLong();

	VerifiedTokenCache(JwtDecoder delegate, OAuth2TokenValidator<Jwt> validator, int maxSize, Duration clockSkew,
			Clock clock) {
		this.delegate = delegate;
		this.validator = validator;
		this.maxSize = maxSize;
		this.clockSkew = clockSkew;
		this.clock = clock;
	}

	@Override
	public Jwt decode(String token) throws JwtException {
		Jwt cached = verified.get(token);
		if (cached != null) {
			OAuth2TokenValidatorResult result = validator.validate(cached);
			if (!result.hasErrors()) {
				return cached;
			}
			verified.remove(token, cached);
			throw new JwtValidationException(
					Objects.toString(result.getErrors().iterator().next().getDescription(), "invalid token"),
					result.getErrors());
		}
		Jwt jwt = delegate.decode(token);
		if (maxSize > 0 && jwt.getExpiresAt() != null) {
			sweepExpiredNowAndThen();
			if (verified.size() < maxSize) {
				verified.put(token, jwt);
			}
		}
		return jwt;
	}

	/** Drops expired tokens, at most once per sweep interval (one caller sweeps, the others go on). */
	private void sweepExpiredNowAndThen() {
		long now = clock.millis();
		long due = nextSweepMillis.get();
		if (now >= due && nextSweepMillis.compareAndSet(due, now + SWEEP_INTERVAL.toMillis())) {
			Instant instant = Instant.ofEpochMilli(now);
			verified.values().removeIf(jwt -> expired(jwt, instant));
		}
	}

	private boolean expired(Jwt jwt, Instant now) {
		Instant expiresAt = jwt.getExpiresAt();
		return expiresAt == null || now.isAfter(expiresAt.plus(clockSkew));
	}

	int size() {
		return verified.size();
	}

}
