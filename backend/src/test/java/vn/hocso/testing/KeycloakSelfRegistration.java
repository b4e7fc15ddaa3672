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
 * A citizen signing up on Keycloak's own registration page, as a phone's browser would:
 * open the page, fill in the form, post it. Cookies are carried by hand (Keycloak marks
 * them Secure).
 */
public final class KeycloakSelfRegistration {

	private static final Pattern FORM_ACTION = Pattern.compile("id=\"kc-register-form\"[^>]*action=\"([^\"]+)\"");

	private final HttpClient http = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(5))
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	private final Map<String, String> cookies = new LinkedHashMap<>();

	private final String locale;

	public KeycloakSelfRegistration(String locale) {
		this.locale = locale;
	}

	/** The registration page's HTML. */
	public String openPage() {
		return send(HttpRequest.newBuilder(URI.create(RealKeycloak.url()
				+ "/realms/hocso/protocol/openid-connect/registrations?client_id=hocso-web&response_type=code&scope=openid"
				+ "&ui_locales=" + locale + "&redirect_uri="
				+ URLEncoder.encode("http://localhost:8080/", StandardCharsets.UTF_8)
				+ "&code_challenge=E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM&code_challenge_method=S256"))
			.GET()).body();
	}

	/**
	 * Posts the form on the page; the answer is a redirect to the app when Keycloak
	 * accepted it.
	 */
	public HttpResponse<String> submit(String page, Map<String, String> form) {
		Matcher matcher = FORM_ACTION.matcher(page);
		if (!matcher.find()) {
			throw new IllegalStateException(
					"no registration form on Keycloak's page: " + page.substring(0, Math.min(400, page.length())));
		}
		String body = form.entrySet()
			.stream()
			.map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		return send(HttpRequest.newBuilder(URI.create(matcher.group(1).replace("&amp;", "&")))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body)));
	}

	/**
	 * A citizen's complete form: username, e-mail, names, password, year of birth,
	 * gender, consent.
	 */
	public static Map<String, String> citizenForm(String username, String password) {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("username", username);
		form.put("email", username + "@citizen.example");
		form.put("firstName", "Thị Hoa");
		form.put("lastName", "Nguyễn");
		form.put("password", password);
		form.put("password-confirm", password);
		form.put("birth_year", "1984");
		form.put("gender", "FEMALE");
		form.put("citizen_consent", "YES");
		return form;
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
