package vn.hocso.testing;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/** Runs service-level tests as a given Keycloak user, without HTTP. */
public final class AsCaller {

	private AsCaller() {
	}

	public static void signIn(String username, String orgUnitCode, String... roles) {
		Jwt jwt = Jwt.withTokenValue("test")
			.header("alg", "none")
			.subject(username)
			.claim("preferred_username", username)
			.claim("org_unit", orgUnitCode)
			.claim("realm_access", Map.of("roles", List.of(roles)))
			.issuedAt(Instant.now())
			.expiresAt(Instant.now().plusSeconds(300))
			.build();
		SecurityContextHolder.getContext()
			.setAuthentication(new JwtAuthenticationToken(jwt,
					Arrays.stream(roles).map(role -> new SimpleGrantedAuthority("ROLE_" + role)).toList()));
	}

	public static void signOut() {
		SecurityContextHolder.clearContext();
	}

}
