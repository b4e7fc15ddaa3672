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
 * What a browser does on Keycloak's own pages, for tests that go through them (first
 * login, self-registration): open a page of the {@code hocso-web} client's flow, post its
 * form, carry the cookies. Cookies are carried by hand because Keycloak marks them Secure
 * and Java's cookie manager withholds Secure cookies from plain http. Redirects are not
 * followed: the tests read where Keycloak sends the browser.
 */
final class KeycloakBrowser {

	private final HttpClient http = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(5))
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	private final Map<String, String> cookies = new LinkedHashMap<>();

	/**
	 * Opens an OpenID Connect endpoint of the realm ({@code auth}, {@code registrations})
	 * for the web client, as the app's login button would, with extra query parameters.
	 */
	HttpResponse<String> openFlow(String endpoint, String extraQuery) {
		return get(RealKeycloak.url() + "/realms/hocso/protocol/openid-connect/" + endpoint
				+ "?client_id=hocso-web&response_type=code&scope=openid" + extraQuery + "&redirect_uri="
				+ URLEncoder.encode("http://localhost:8080/", StandardCharsets.UTF_8)
				+ "&code_challenge=E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM&code_challenge_method=S256");
	}

	HttpResponse<String> get(String url) {
		return send(HttpRequest.newBuilder(URI.create(url)).GET());
	}

	/**
	 * Posts a form to the action that {@code form} (whose group 1 is the action) finds on
	 * the page.
	 */
	HttpResponse<String> submit(String page, Pattern form, Map<String, String> fields) {
		Matcher matcher = form.matcher(page);
		if (!matcher.find()) {
			throw new IllegalStateException(
					"no form on Keycloak's page: " + page.substring(0, Math.min(400, page.length())));
		}
		String body = fields.entrySet()
			.stream()
			.map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		return send(HttpRequest.newBuilder(URI.create(matcher.group(1).replace("&amp;", "&")))
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
