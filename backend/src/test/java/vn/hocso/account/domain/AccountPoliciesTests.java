package vn.hocso.account.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** Usernames, activation codes and their encryption. */
class AccountPoliciesTests {

	@Test
	void usernameIsGivenNameThenInitialsThenLearnerId() {
		assertThat(UsernameScheme.usernameFor(1234, "Nguyễn Văn An")).isEqualTo("annv1234");
		assertThat(UsernameScheme.usernameFor(7, "Nguyễn Thị Hồng Ánh")).isEqualTo("anhnth7");
		assertThat(UsernameScheme.usernameFor(42, "Đặng Quốc Hưng")).isEqualTo("hungdq42");
	}

	@Test
	void usernameIsPlainAsciiEvenForOddNames() {
		assertThat(UsernameScheme.usernameFor(5, "  Lê   Thị-Mỹ  Dung ")).isEqualTo("dungltm5");
		assertThat(UsernameScheme.usernameFor(6, "Ưng Hoàng Phúc")).isEqualTo("phucuh6");
		assertThat(UsernameScheme.usernameFor(8, "???")).isEqualTo("hv8");
	}

	@Test
	void sameNamesNeverCollideBecauseOfTheLearnerId() {
		assertThat(UsernameScheme.usernameFor(1, "Nguyễn Văn An"))
			.isNotEqualTo(UsernameScheme.usernameFor(11, "Nguyễn Văn An"));
	}

	@Test
	void activationCodesAreFourGroupsOfFourFromTheUnambiguousAlphabet() {
		ActivationCodes codes = new ActivationCodes(16);
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < 1000; i++) {
			String code = codes.next();
			assertThat(code).matches("[0-9a-hjkmnp-tv-z]{4}(-[0-9a-hjkmnp-tv-z]{4}){3}");
			seen.add(code);
		}
		assertThat(seen).hasSize(1000);
	}

	@Test
	void codesShorterThan64BitsAreRefused() {
		assertThatThrownBy(() -> new ActivationCodes(12)).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void encryptedCodeDecryptsAndNeverShowsInClear() {
		CodeCipher cipher = new CodeCipher("ZGVtby1vbmx5LWhvY3NvLXNoZWV0LWtleS0zMmJ5dGU=");

		String sealed = cipher.encrypt("k7m2-x9qa-3hf8-wz5c");

		assertThat(sealed).doesNotContain("k7m2");
		assertThat(cipher.encrypt("k7m2-x9qa-3hf8-wz5c")).as("fresh nonce each time").isNotEqualTo(sealed);
		assertThat(cipher.decrypt(sealed)).isEqualTo("k7m2-x9qa-3hf8-wz5c");
	}

	@Test
	void anotherKeyCannotReadTheCodes() {
		String sealed = new CodeCipher("ZGVtby1vbmx5LWhvY3NvLXNoZWV0LWtleS0zMmJ5dGU=").encrypt("k7m2-x9qa");
		CodeCipher other = new CodeCipher("b3RoZXIta2V5LW90aGVyLWtleS1vdGhlci1rZXktMzI=");

		assertThatThrownBy(() -> other.decrypt(sealed)).isInstanceOf(IllegalStateException.class);
	}

	@Test
	void withoutAKeyIssuingFailsSayingWhatToSet() {
		assertThatThrownBy(() -> new CodeCipher("").encrypt("x")).hasMessageContaining("HOCSO_ACCOUNT_SHEET_KEY");
	}

	@Test
	void commonScopeOfListedLearnersIsTheirDeepestCommonUnit() {
		assertThat(LearnerAccess.commonPath(List.of("/1/14/57/", "/1/14/58/", "/1/14/57/90/"))).isEqualTo("/1/14/");
		assertThat(LearnerAccess.commonPath(List.of("/1/14/57/"))).isEqualTo("/1/14/57/");
		assertThat(LearnerAccess.commonPath(List.of("/1/14/", "/1/15/"))).isEqualTo("/1/");
	}

}
