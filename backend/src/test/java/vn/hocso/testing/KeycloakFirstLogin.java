package vn.hocso.testing;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A learner's first login through Keycloak's login pages, as a browser would do it: the
 * code, then the forced password change. Cookies are carried by hand because Keycloak
 * marks them Secure and Java's cookie manager withholds Secure cookies from plain http.
 */
public final class KeycloakFirstLogin {

	private static final Pattern FORM_ACTION = Pattern.compile("action=\"([^\"]+)\"");

	private final HttpClient http = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(5))
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	private final Map<String, String> cookies = new LinkedHashMap<>();

	/**
	 * Logs in with the activation code and sets the new password; returns where Keycloak
	 * redirects to.
	 */
	public static String changeCodeToPassword(String username, String code, String newPassword) {
		KeycloakFirstLogin browser = new KeycloakFirstLogin();
		String loginPage = browser
			.send(HttpRequest.newBuilder(URI.create(RealKeycloak.url()
					+ "/realms/hocso/protocol/openid-connect/auth?client_id=hocso-web&response_type=code&scope=openid"
					+ "&redirect_uri=" + URLEncoder.encode("http://localhost:8080/", StandardCharsets.UTF_8)
					+ "&code_challenge=E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM&code_challenge_method=S256"))
				.GET())
			.body();
		HttpResponse<String> afterCode = browser
			.followKeycloakRedirects(browser.post(action(loginPage), Map.of("username", username, "password", code)));
		String updatePage = afterCode.body();
		if (!updatePage.contains("password-new")) {
			Matcher error = Pattern.compile("kc-feedback-text\"?>([^<]*)<|id=\"input-error[^>]*>([^<]*)<")
				.matcher(updatePage);
			throw new IllegalStateException("Keycloak did not ask for a new password: " + afterCode.statusCode() + " "
					+ (error.find() ? error.group() : updatePage.substring(0, Math.min(300, updatePage.length()))));
		}
		HttpResponse<String> done = browser.post(action(updatePage),
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
			current = send(HttpRequest.newBuilder(URI.create(location)).GET());
		}
		return current;
	}

	private static String action(String page) {
		Matcher matcher = FORM_ACTION.matcher(page);
		if (!matcher.find()) {
			throw new IllegalStateException("no form on Keycloak's page");
		}
		return matcher.group(1).replace("&amp;", "&");
	}

	private HttpResponse<String> post(String url, Map<String, String> form) {
		String body = form.entrySet()
			.stream()
			.map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		return send(HttpRequest.newBuilder(URI.create(url))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body)));
	}

	private HttpResponse<String> send(HttpRequest.Builder request) {
		if (!cookies.isEmpty()) {
			request.header("Cookie",
					cookies.entrySet()
						.stream()
						.map(e -> e.getKey() + "=" + e.getValue())
						.collect(Collectors.joining("; ")));
		}
		try {
			HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
			for (String setCookie : response.headers().allValues("Set-Cookie")) {
				String pair = setCookie.split(";", 2)[0];
				int eq = pair.indexOf('=');
				cookies.put(pair.substring(0, eq), pair.substring(eq + 1));
			}
			return response;
		}
		catch (IOException ex) {
			throw new IllegalStateException("Keycloak unreachable at " + RealKeycloak.url(), ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
