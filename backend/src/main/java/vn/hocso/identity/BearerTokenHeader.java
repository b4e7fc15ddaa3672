package vn.hocso.identity;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.BearerTokenErrors;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;

/**
 * Reads the access token from {@code Authorization: Bearer …} exactly as Spring's
 * {@code DefaultBearerTokenResolver} does with its defaults (header only, RFC 6750's
 * b64token), but with a loop instead of a case-insensitive regex: over a 1.5 KB token
 * that regex cost a tenth of a heartbeat's CPU.
 */
final class BearerTokenHeader implements BearerTokenResolver {

	private static final String SCHEME = "Bearer ";

	@Override
	public @Nullable String resolve(HttpServletRequest request) {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (header == null || !header.regionMatches(true, 0, SCHEME, 0, SCHEME.length() - 1)) {
			return null;
		}
		if (!header.regionMatches(true, 0, SCHEME, 0, SCHEME.length()) || !isB64Token(header, SCHEME.length())) {
			throw new OAuth2AuthenticationException(BearerTokenErrors.invalidToken("Bearer token is malformed"));
		}
		return header.substring(SCHEME.length());
	}

	/** {@code [a-zA-Z0-9-._~+/]+=*} from {@code start} to the end. */
	private static boolean isB64Token(String text, int start) {
		int i = start;
		while (i < text.length() && isTokenChar(text.charAt(i))) {
			i++;
		}
		if (i == start) {
			return false;
		}
		while (i < text.length() && text.charAt(i) == '=') {
			i++;
		}
		return i == text.length();
	}

	private static boolean isTokenChar(char c) {
		return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.'
				|| c == '_' || c == '~' || c == '+' || c == '/';
	}

}
