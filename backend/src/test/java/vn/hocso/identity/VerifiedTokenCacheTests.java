package vn.hocso.identity;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.JwtValidationException;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VerifiedTokenCacheTests {

	private static final String ISSUER = "http://keycloak.test/realms/hocso";

	private static KeyPair realmKey;

	private static KeyPair otherKey;

	private final MovableClock clock = new MovableClock(Instant.parse("2026-11-22T00:00:00Z"));

	private final AtomicInteger signatureChecks = new AtomicInteger();

	@BeforeAll
	static void keys() throws Exception {
		KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
		generator.initialize(2048);
		realmKey = generator.generateKeyPair();
		otherKey = generator.generateKeyPair();
	}

	@Test
	void verifiedTokenIsCheckedOnceWhileItIsValid() {
		VerifiedTokenCache cache = cache(100);
		String token = token(realmKey, "demo.learner", clock.instant().plusSeconds(300));

		assertThat(cache.decode(token).getSubject()).isEqualTo("demo.learner");
		clock.advance(Duration.ofSeconds(200));
		assertThat(cache.decode(token).getSubject()).isEqualTo("demo.learner");

		assertThat(signatureChecks).hasValue(1);
	}

	@Test
	void cachedTokenIsRejectedOnceItHasExpired() {
		VerifiedTokenCache cache = cache(100);
		String token = token(realmKey, "demo.learner", clock.instant().plusSeconds(300));
		cache.decode(token);

		clock.advance(Duration.ofSeconds(301));

		assertThatThrownBy(() -> cache.decode(token)).isInstanceOf(JwtValidationException.class)
			.hasMessageContaining("expired");
		assertThat(cache.size()).isZero();
	}

	@Test
	void tokenWithBadSignatureIsNeitherAcceptedNorRemembered() {
		VerifiedTokenCache cache = cache(100);
		String forged = token(otherKey, "demo.admin", clock.instant().plusSeconds(300));

		assertThatThrownBy(() -> cache.decode(forged)).isInstanceOf(BadJwtException.class);
		assertThatThrownBy(() -> cache.decode(forged)).isInstanceOf(BadJwtException.class);

		assertThat(signatureChecks).hasValue(2);
		assertThat(cache.size()).isZero();
	}

	@Test
	void cachedTokenWithAnotherSignatureIsRejected() {
		VerifiedTokenCache cache = cache(100);
		String token = token(realmKey, "demo.learner", clock.instant().plusSeconds(300));
		cache.decode(token);
		String header = token.substring(0, token.lastIndexOf('.'));
		String forgedSignature = token(otherKey, "demo.learner", clock.instant().plusSeconds(300));

		assertThatThrownBy(() -> cache.decode(header + forgedSignature.substring(forgedSignature.lastIndexOf('.'))))
			.isInstanceOf(BadJwtException.class);
	}

	@Test
	void differentTokensAreNotConfused() {
		VerifiedTokenCache cache = cache(100);
		String learner = token(realmKey, "demo.learner", clock.instant().plusSeconds(300));
		String admin = token(realmKey, "demo.admin", clock.instant().plusSeconds(300));

		assertThat(cache.decode(learner).getSubject()).isEqualTo("demo.learner");
		assertThat(cache.decode(admin).getSubject()).isEqualTo("demo.admin");
		assertThat(cache.decode(learner).getSubject()).isEqualTo("demo.learner");
		assertThat(cache.decode(admin).getSubject()).isEqualTo("demo.admin");

		assertThat(signatureChecks).hasValue(2);
	}

	@Test
	void fullCacheStillVerifiesTokensWithoutKeepingThem() {
		VerifiedTokenCache cache = cache(1);
		String first = token(realmKey, "demo.learner", clock.instant().plusSeconds(300));
		String second = token(realmKey, "demo.learner2", clock.instant().plusSeconds(300));
		cache.decode(first);

		assertThat(cache.decode(second).getSubject()).isEqualTo("demo.learner2");
		assertThat(cache.decode(second).getSubject()).isEqualTo("demo.learner2");

		assertThat(cache.size()).isEqualTo(1);
		assertThat(signatureChecks).hasValue(3);
	}

	@Test
	void expiredTokensMakeRoomAtOnce() {
		VerifiedTokenCache cache = cache(1);
		cache.decode(token(realmKey, "demo.learner", clock.instant().plusSeconds(60)));
		clock.advance(Duration.ofSeconds(61));
		String next = token(realmKey, "demo.learner2", clock.instant().plusSeconds(300));

		cache.decode(next);
		cache.decode(next);

		assertThat(cache.size()).isEqualTo(1);
		assertThat(signatureChecks).hasValue(2);
	}

	private VerifiedTokenCache cache(int maxSize) {
		JwtTimestampValidator timestamps = new JwtTimestampValidator(Duration.ZERO);
		timestamps.setClock(clock);
		OAuth2TokenValidator<Jwt> validator = new DelegatingOAuth2TokenValidator<>(
				List.of(timestamps, new JwtIssuerValidator(ISSUER)));
		NimbusJwtDecoder nimbus = NimbusJwtDecoder.withPublicKey((RSAPublicKey) realmKey.getPublic()).build();
		nimbus.setJwtValidator(validator);
		JwtDecoder counting = token -> {
			signatureChecks.incrementAndGet();
			return nimbus.decode(token);
		};
		return new VerifiedTokenCache(counting, validator, maxSize, Duration.ZERO, clock);
	}

	private String token(KeyPair key, String subject, Instant expiresAt) {
		try {
			JWTClaimsSet claims = new JWTClaimsSet.Builder().subject(subject)
				.issuer(ISSUER)
				.issueTime(Date.from(clock.instant()))
				.expirationTime(Date.from(expiresAt))
				.build();
			SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claims);
			jwt.sign(new RSASSASigner((RSAPrivateKey) key.getPrivate()));
			return jwt.serialize();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static final class MovableClock extends Clock {

		private volatile Instant now;

		MovableClock(Instant now) {
			this.now = now;
		}

		void advance(Duration duration) {
			now = now.plus(duration);
		}

		@Override
		public Instant instant() {
			return now;
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

	}

}
