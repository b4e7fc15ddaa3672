package vn.hocso.account.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;

import org.junit.jupiter.api.Test;

class ActivationSlipUsernamesTests {

	private final ActivationSlipService slips = new ActivationSlipService(new ActivationCodes(16),
			new CodeCipher("Z6eUi5GtZTwgVUYTFwqGZ5Nb+aYxBRBjP8WQPgW7QnY="),
			new AccountProperties(8, 16, Duration.ofDays(30), "", "https://hocso.example/"), Clock.systemUTC());

	@Test
	void anAssistedCitizensUsernameFollowsTheOfficialsSchemeWithADotSoItNeverEqualsAnOfficials() {
		assertThat(slips.usernameFor("Nguyễn Văn Bình", 48213)).isEqualTo("binhnv.48213");
		assertThat(slips.usernameFor("Nguyễn Văn Bình", 48213))
			.isNotEqualTo(UsernameScheme.usernameFor(48213, "Nguyễn Văn Bình"));
		assertThat(slips.usernameFor("Đỗ Thị Hồng Ánh (chị)", 10001)).isEqualTo("anhdth.10001");
	}

	@Test
	void aNewCodeIsSealedAndOpensToItself() {
		var code = slips.newCode();

		assertThat(code.sealed()).doesNotContain(code.code());
		assertThat(slips.open(code.sealed())).isEqualTo(code.code());
		assertThat(code.toString()).doesNotContain(code.code());
	}

}
