package vn.hocso.identity;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;

import vn.hocso.platform.ProblemException;

/**
 * The caller of the current request; other modules inject this rather than reading
 * tokens.
 */
@Component
public class CurrentCaller {

	private final KeycloakRoleConverter converter = new KeycloakRoleConverter();

	public Caller get() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication instanceof CallerAuthentication callerAuthentication) {
			return callerAuthentication.caller();
		}
		if (authentication instanceof JwtAuthenticationToken token) {
			// Any other JWT authentication (e.g. built by tests) is read through the same
			// mapping.
			return converter.convert(token.getToken()).caller();
		}
		throw new ProblemException(HttpStatus.UNAUTHORIZED, "unauthenticated");
	}

}
