package vn.hocso.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtValidationException;

/**
 * Checks each access token's signature once for its lifetime: a player sends the same
 * token with every heartbeat, and the RSA check and claim parsing cost more than the
 * heartbeat itself. Only tokens the delegate accepted (signature, issuer, audience,
 * expiry) are kept, keyed by the whole token text, so a forged or altered token never
 * matches a cached one. Every hit is validated again; a Caffeine cache drops each token
 * once it expires (plus the clock skew). When the cache is full of live tokens, further
 * tokens are still verified, just not kept.
 */
class VerifiedTokenCache implements JwtDecoder {

	private final JwtDecoder delegate;

	private final OAuth2TokenValidator<Jwt> validator;

	private final int maxSize;

	private final Cache<String, Jwt> verified;

	VerifiedTokenCache(JwtDecoder delegate, OAuth2TokenValidator<Jwt> validator, int maxSize, Duration clockSkew,
			Clock clock) {
		this.delegate = delegate;
		this.validator = validator;
		this.maxSize = maxSize;
		this.verified = Caffeine.newBuilder()
			.maximumSize(Math.max(maxSize, 0))
			.expireAfter(Expiry.<String, Jwt>creating((token, jwt) -> lifetime(jwt, clockSkew, clock)))
			.ticker(() -> clock.millis() * 1_000_000)
			.executor(Runnable::run)
			.build();
	}

	@Override
	public Jwt decode(String token) throws JwtException {
		Jwt cached = verified.getIfPresent(token);
		if (cached != null) {
			OAuth2TokenValidatorResult result = validator.validate(cached);
			if (!result.hasErrors()) {
				return cached;
			}
			verified.asMap().remove(token, cached);
			throw new JwtValidationException(
					Objects.toString(result.getErrors().iterator().next().getDescription(), "invalid token"),
					result.getErrors());
		}
		Jwt jwt = delegate.decode(token);
		if (maxSize > 0 && jwt.getExpiresAt() != null && size() < maxSize) {
			verified.put(token, jwt);
		}
		return jwt;
	}

	private static Duration lifetime(Jwt jwt, Duration clockSkew, Clock clock) {
		Instant expiresAt = jwt.getExpiresAt();
		if (expiresAt == null) {
			return Duration.ZERO;
		}
		Duration left = Duration.between(clock.instant(), expiresAt.plus(clockSkew));
		return left.isNegative() ? Duration.ZERO : left;
	}

	/** Live tokens kept (expired ones are dropped first). */
	long size() {
		verified.cleanUp();
		return verified.estimatedSize();
	}

}
