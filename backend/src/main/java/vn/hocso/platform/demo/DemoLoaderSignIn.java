package vn.hocso.platform.demo;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Signs a demo loader's thread in as an ADMIN, so that it seeds through the same services
 * (and the same access checks) an ADMIN uses. The token is built in memory and never
 * leaves the thread.
 */
public final class DemoLoaderSignIn {

	private DemoLoaderSignIn() {
	}

	/**
	 * @param orgUnit the ADMIN's unit claim, for services that read it; {@code null} for
	 * none
	 */
	public static void asAdmin(String loader, @Nullable String orgUnit) {
		Jwt.Builder jwt = Jwt.withTokenValue("demo-loader")
			.header("alg", "none")
			.subject(loader)
			.claim("preferred_username", loader)
			.claim("name", "Demo data")
			.claim("realm_access", Map.of("roles", List.of("ADMIN")))
			.issuedAt(Instant.now())
			.expiresAt(Instant.now().plusSeconds(3600));
		if (orgUnit != null) {
			jwt.claim("org_unit", orgUnit);
		}
		SecurityContextHolder.getContext()
			.setAuthentication(
					new JwtAuthenticationToken(jwt.build(), List.of(new SimpleGrantedAuthority("ROLE_ADMIN"))));
	}

}
