package vn.hocso.testing;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A learner's first login through Keycloak's login pages, as a browser would do it: the
 * code, then the forced password change.
 */
public final class KeycloakFirstLogin {

	private static final Pattern FORM_ACTION = Pattern.compile("action=\"([^\"]+)\"");

	private final KeycloakBrowser browser = new KeycloakBrowser();

	/**
	 * Logs in with the activation code and sets the new password; returns where Keycloak
	 * redirects to.
	 */
	public static String changeCodeToPassword(String username, String code, String newPassword) {
		KeycloakFirstLogin login = new KeycloakFirstLogin();
		String loginPage = login.browser.openFlow("auth", "").body();
		HttpResponse<String> afterCode = login.followKeycloakRedirects(
				login.browser.submit(loginPage, FORM_ACTION, Map.of("username", username, "password", code)));
		String updatePage = afterCode.body();
		if (!updatePage.contains("password-new")) {
			Matcher error = Pattern.compile("kc-feedback-text\"?>([^<]*)<|id=\"input-error[^>]*>([^<]*)<")
				.matcher(updatePage);
			throw new IllegalStateException("Keycloak did not ask for a new password: " + afterCode.statusCode() + " "
					+ (error.find() ? error.group() : updatePage.substring(0, Math.min(300, updatePage.length()))));
		}
		HttpResponse<String> done = login.browser.submit(updatePage, FORM_ACTION,
				Map.of("password-new", newPassword, "password-confirm", newPassword));
		return done.headers().firstValue("Location").orElse("status " + done.statusCode());
	}

	/**
	 * Follows redirects inside Keycloak (to the required action); stops at the app's
	 * redirect URI.
	 */
	private HttpResponse<String> followKeycloakRedirects(HttpResponse<String> response) {
		HttpResponse<String> current = response;
		while (current.statusCode() / 100 == 3) {
			String location = current.headers().firstValue("Location").orElseThrow();
			if (!location.startsWith(RealKeycloak.url())) {
				return current;
			}
			current = browser.get(location);
		}
		return current;
	}

}
