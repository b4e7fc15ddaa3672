package vn.hocso.identity;

import java.net.URI;
import java.util.Optional;

/**
 * The headers that tell browsers what the app may do: a strict Content-Security-Policy
 * (no inline script or style, nothing loaded from elsewhere but Keycloak, which the app's
 * login redirects to and whose token endpoint it calls, and the object store that serves
 * media by presigned links if there is one), no Referer sent anywhere (verification links
 * carry codes), and no camera, microphone or location. Documented in docs/security.md.
 */
final class BrowserPolicies {

	static final String REFERRER_POLICY = "no-referrer";

	static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), "
			+ "serial=(), midi=(), display-capture=(), "
			+ "fullscreen=(self), picture-in-picture=(self), autoplay=(self)";

	private BrowserPolicies() {
	}

	/**
	 * The CSP for the app and every response, with Keycloak's origin where the login
	 * needs it.
	 */
	static String contentSecurityPolicy(String keycloakUrl) {
		return contentSecurityPolicy(keycloakUrl, Optional.empty());
	}

	/**
	 * The CSP, also with the origin of the object store when media are fetched from it
	 * with presigned links (a video, a PDF in a frame; hocso.storage.type=s3).
	 */
	static String contentSecurityPolicy(String keycloakUrl, Optional<String> storageOrigin) {
		String keycloak = origin(keycloakUrl);
		String storage = storageOrigin.map(origin -> " " + origin).orElse("");
		return "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; "
				+ "font-src 'self' data:; media-src 'self' blob:" + storage + "; connect-src 'self' " + keycloak
				+ storage + "; frame-src 'self' blob: " + keycloak + storage
				+ "; worker-src 'self'; manifest-src 'self'; "
				+ "object-src 'none'; base-uri 'self'; form-action 'self' " + keycloak + "; frame-ancestors 'none'";
	}

	static String origin(String url) {
		URI uri = URI.create(url);
		return uri.getScheme() + "://" + uri.getRawAuthority();
	}

}
