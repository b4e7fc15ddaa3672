package vn.hocso.identity;

import java.net.URI;

/**
 * The headers that tell browsers what the app may do: a strict Content-Security-Policy (no inline
 * script or style, nothing loaded from elsewhere but Keycloak, which the app's login redirects to and
 * whose token endpoint it calls), no Referer sent anywhere (verification links carry codes), and
 * no camera, microphone or location. Documented in docs/security.md.
 */
final class BrowserPolicies {

	static final String REFERRER_POLICY = "no-referrer";

	static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), "
			+ "serial=(), midi=(), display-capture=(), "
			+ "fullscreen=(self), picture-in-picture=(self), autoplay=(self)";

	private BrowserPolicies() {
	}

	/** The CSP for the app and every response, with Keycloak's origin where the login needs it. */
	static String contentSecurityPolicy(String keycloakUrl) {
		String keycloak = origin(keycloakUrl);
		return "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; "
				+ "font-src 'self' data:; media-src 'self' blob:; connect-src 'self' " + keycloak + "; "
				+ "frame-src 'self' blob: " + keycloak + "; worker-src 'self'; manifest-src 'self'; "
				+ "object-src 'none'; base-uri 'self'; form-action 'self' " + keycloak + "; frame-ancestors 'none'";
	}

	static String origin(String url) {
		URI uri = URI.create(url);
		return uri.getScheme() + "://" + uri.getRawAuthority();
	}

}
