package vn.hocso.identity;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BearerTokenHeaderTests {

	@ParameterizedTest
	@ValueSource(strings = { "Bearer eyJhbGciOi.eyJzdWIiOi.c2lnbmF0dXJl", "bearer abc", "BEARER a-b_c~d+e/f==",
			"Bearer x=", "Basic dXNlcjpwYXNz", "Bearer", "Bearer ", "Bearerabc", "Bearer  abc", "Bearer abc def",
			"Bearer a=b", "Bearer ==", "Bearer abc\u00e9", "Bearer\tabc", "Token abc", "" })
	void readsAuthorizationHeadersAsSpringsDefaultResolverDoes(String header) {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/enrolments/1/lectures/2/heartbeats");
		request.addHeader("Authorization", header);
		String expected;
		try {
			expected = new DefaultBearerTokenResolver().resolve(request);
		}
		catch (OAuth2AuthenticationException malformed) {
			assertThatThrownBy(() -> new BearerTokenHeader().resolve(request)).isInstanceOfSatisfying(
					OAuth2AuthenticationException.class,
					ex -> assertThat(ex.getError().getErrorCode()).isEqualTo(malformed.getError().getErrorCode()));
			return;
		}
		assertThat(new BearerTokenHeader().resolve(request)).isEqualTo(expected);
	}

	@ParameterizedTest
	@ValueSource(strings = { "Bearer abc def", "Bearer a=b", "Bearerabc" })
	void malformedBearerTokenIsRefused(String header) {
		MockHttpServletRequest request = new MockHttpServletRequest();
		request.addHeader("Authorization", header);

		assertThatThrownBy(() -> new BearerTokenHeader().resolve(request))
			.isInstanceOf(OAuth2AuthenticationException.class);
	}

	@org.junit.jupiter.api.Test
	void requestWithoutAuthorizationHasNoToken() {
		assertThat(new BearerTokenHeader().resolve(new MockHttpServletRequest())).isNull();
	}

}
