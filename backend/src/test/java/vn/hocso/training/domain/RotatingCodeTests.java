package vn.hocso.training.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import vn.hocso.training.domain.RotatingCode.Verdict;

class RotatingCodeTests {

	static final String SECRET = "0123456789abcdef0123456789abcdef";

	static final Instant AT = Instant.parse("2026-06-15T01:05:00Z");

	@Test
	void theCodeShownIsAcceptedUntilTheEndOfItsMinute() {
		RotatingCode.Shown shown = RotatingCode.show(SECRET, 7, AT.plusSeconds(12));

		assertThat(shown.validUntil()).isEqualTo(AT.plusSeconds(60));
		assertThat(RotatingCode.check(SECRET, 7, shown.code(), AT.plusSeconds(59))).isEqualTo(Verdict.VALID);
		assertThat(RotatingCode.check(SECRET, 7, shown.code().toUpperCase(), AT)).isEqualTo(Verdict.VALID);
	}

	@Test
	void aCodeIsExpiredFromTheNextMinuteOn() {
		String code = RotatingCode.show(SECRET, 7, AT).code();

		assertThat(RotatingCode.check(SECRET, 7, code, AT.plusSeconds(60))).isEqualTo(Verdict.EXPIRED);
		assertThat(RotatingCode.check(SECRET, 7, code, AT.plusSeconds(600))).isEqualTo(Verdict.EXPIRED);
	}

	@Test
	void theCodeChangesEveryMinuteAndDiffersPerSessionAndSecret() {
		String code = RotatingCode.show(SECRET, 7, AT).code();

		assertThat(RotatingCode.show(SECRET, 7, AT.plusSeconds(60)).code()).isNotEqualTo(code);
		assertThat(RotatingCode.check(SECRET, 8, code, AT)).isEqualTo(Verdict.INVALID);
		assertThat(RotatingCode.check("another-secret-of-another-class", 7, code, AT)).isEqualTo(Verdict.INVALID);
		assertThat(RotatingCode.check(SECRET, 7, "000000000000", AT)).isEqualTo(Verdict.INVALID);
	}

}
