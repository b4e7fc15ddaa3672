package vn.hocso.testing;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Collectors;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Keycloak that the launcher (./hocso test) starts for the build, reached over HTTP
 * like any client would. Tokens come from the test-only direct-grant clients of the demo
 * realm.
 */
public final class RealKeycloak {

	public static final String DEMO_PASSWORD = "HocSo@2026";

	private static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private static final JsonMapper json = JsonMapper.builder().build();

	private RealKeycloak() {
	}

	public static String url() {
		return System.getProperty("hocso.keycloak.url",
				System.getenv().getOrDefault("HOCSO_KEYCLOAK_URL", "http://127.0.0.1:8180"));
	}

	/**
	 * Waits for the realm to answer; fails (never skips) if it does not, saying how to
	 * start it.
	 */
	public static void awaitReady(Duration timeout) {
		Instant deadline = Instant.now().plus(timeout);
		URI wellKnown = URI.create(url() + "/realms/hocso/.well-known/openid-configuration");
		while (Instant.now().isBefore(deadline)) {
			try {
				if (http.send(HttpRequest.newBuilder(wellKnown).build(), HttpResponse.BodyHandlers.discarding())
					.statusCode() == 200) {
					return;
				}
			}
			catch (IOException ex) {
				// still starting
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
			sleep(Duration.ofSeconds(2));
		}
		throw new IllegalStateException("Keycloak did not answer at " + wellKnown + " within " + timeout
				+ ". Run the tests with ./hocso test, which starts Keycloak (infra/keycloak/keycloak.sh start).");
	}

	/**
	 * A token for any user of the realm (e.g. a citizen who registered in the test), via
	 * hocso-test.
	 */
	public static String passwordToken(String username, String password) {
		return passwordGrant("hocso", "hocso-test", username, password);
	}

	public static String demoUserToken(String username) {
		return passwordGrant("hocso", "hocso-test", username, DEMO_PASSWORD);
	}

	/** A token whose access token lives two seconds (client hocso-test-expiring). */
	public static String shortLivedToken(String username) {
		return passwordGrant("hocso", "hocso-test-expiring", username, DEMO_PASSWORD);
	}

	/**
	 * A perfectly valid token, but from Keycloak's master realm: signed with another key,
	 * another issuer.
	 */
	public static String masterRealmToken() {
		return passwordGrant("master", "admin-cli",
				System.getenv().getOrDefault("KC_BOOTSTRAP_ADMIN_USERNAME", "admin"),
				System.getenv().getOrDefault("KC_BOOTSTRAP_ADMIN_PASSWORD", "admin"));
	}

	public static JsonNode payload(String token) {
		String[] parts = token.split("\\.");
		return json.readTree(java.util.Base64.getUrlDecoder().decode(parts[1]));
	}

	private static String passwordGrant(String realm, String clientId, String username, String password) {
		Map<String, String> form = Map.of("grant_type", "password", "client_id", clientId, "username", username,
				"password", password, "scope", "openid");
		String body = form.entrySet()
			.stream()
			.map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		HttpRequest request = HttpRequest
			.newBuilder(URI.create(url() + "/realms/" + realm + "/protocol/openid-connect/token"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
		try {
			HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() != 200) {
				throw new IllegalStateException("Token request for " + username + " via " + clientId + " failed: "
						+ response.statusCode() + " " + response.body());
			}
			return json.readTree(response.body()).get("access_token").asString();
		}
		catch (IOException ex) {
			throw new IllegalStateException("Keycloak unreachable at " + url(), ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	public static void sleep(Duration duration) {
		try {
			Thread.sleep(duration);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
