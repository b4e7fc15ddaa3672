package vn.hocso.identity;

import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class HeaderCharactersTests {

	/** StrictHttpFirewall's default rule for header names and values. */
	private static final Pattern SPRING_DEFAULT = Pattern.compile("[\\p{IsAssigned}&&[^\\p{IsControl}]]*");

	@ParameterizedTest
	@ValueSource(strings = { "Bearer eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2ln", "", "vi-VN,vi;q=0.9,en;q=0.8",
			"Học Số", "tab\there", "line\nbreak", "nul\u0000", "del\u007f", "c1\u0085", "unassigned\u0378",
			"emoji \uD83D\uDE00", "lone surrogate \uD800", "private use \uE000" })
	void acceptsExactlyWhatSpringsDefaultHeaderRuleAccepts(String value) {
		assertThat(new HeaderCharacters().test(value)).isEqualTo(SPRING_DEFAULT.matcher(value).matches());
	}

}
