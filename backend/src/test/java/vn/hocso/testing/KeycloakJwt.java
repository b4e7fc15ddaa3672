package vn.hocso.testing;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.JwtRequestPostProcessor;

/**
 * A token shaped like Keycloak's, for MockMvc: realm roles, name and org_unit claims,
 * matching authorities.
 */
public final class KeycloakJwt {

	private KeycloakJwt() {
	}

	public static JwtRequestPostProcessor user(String username, String orgUnitCode, String... roles) {
		return SecurityMockMvcRequestPostProcessors.jwt()
			.jwt(jwt -> jwt.subject(username)
				.claim("preferred_username", username)
				.claim("name", "Test " + username)
				.claim("org_unit", orgUnitCode)
				.claim("realm_access", Map.of("roles", List.of(roles))))
			.authorities(Arrays.stream(roles)
				.<GrantedAuthority>map(role -> new SimpleGrantedAuthority("ROLE_" + role))
				.toList());
	}

	/**
	 * A self-registered citizen's token: realm role CITIZEN from the default group, the
	 * commune claim (null before they chose one), no org_unit; the app's converter makes
	 * them a LEARNER too.
	 */
	public static JwtRequestPostProcessor citizen(String username, String communeCode) {
		return SecurityMockMvcRequestPostProcessors.jwt().jwt(jwt -> {
			jwt.subject(username)
				.claim("preferred_username", username)
				.claim("name", "Nguyễn Thị " + username)
				.claim("realm_access", Map.of("roles", List.of("CITIZEN", "default-roles-hocso")));
			if (communeCode != null) {
				jwt.claim("commune", communeCode);
			}
		}).authorities(List.of(new SimpleGrantedAuthority("ROLE_CITIZEN"), new SimpleGrantedAuthority("ROLE_LEARNER")));
	}

}
