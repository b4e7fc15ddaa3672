package vn.hocso.testing;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The test Keycloak seen by its bootstrap administrator (master realm): to inspect users
 * as Keycloak stores them, and to bring an already running realm up to the realm file's
 * shape.
 */
public final class KeycloakMasterAdmin {

	private static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private static final JsonMapper json = JsonMapper.builder().build();

	private KeycloakMasterAdmin() {
	}

	/**
	 * The realm file declares group {@code learners} with role LEARNER; a Keycloak
	 * started from an older file lacks it. Creating it here (only if missing) keeps such
	 * a Keycloak usable.
	 */
	public static void ensureLearnersGroup() {
		JsonNode groups = get("/groups?search=learners&exact=true");
		for (JsonNode group : groups) {
			if ("learners".equals(group.get("name").asString())) {
				return;
			}
		}
		send("POST", "/groups", "{\"name\":\"learners\"}");
		String id = get("/groups?search=learners&exact=true").get(0).get("id").asString();
		JsonNode role = get("/roles/LEARNER");
		send("POST", "/groups/" + id + "/role-mappings/realm", "[" + role + "]");
	}

	public static List<JsonNode> usersNamed(String username) {
		List<JsonNode> users = new ArrayList<>();
		get("/users?exact=true&username=" + URLEncoder.encode(username, StandardCharsets.UTF_8)).forEach(users::add);
		return users;
	}

	public static List<String> effectiveRealmRoles(String userId) {
		List<String> roles = new ArrayList<>();
		get("/users/" + userId + "/role-mappings/realm/composite").forEach(r -> roles.add(r.get("name").asString()));
		return roles;
	}

	/** The paths of the groups the user belongs to (e.g. /citizens, /learners). */
	public static List<String> groupPaths(String userId) {
		List<String> paths = new ArrayList<>();
		get("/users/" + userId + "/groups").forEach(g -> paths.add(g.get("path").asString()));
		return paths;
	}

	/** The full user representation, attributes included. */
	public static JsonNode user(String userId) {
		return get("/users/" + userId);
	}

	public static JsonNode realmRole(String name) {
		return get("/roles/" + URLEncoder.encode(name, StandardCharsets.UTF_8));
	}

	public static JsonNode credentials(String userId) {
		return get("/users/" + userId + "/credentials");
	}

	/**
	 * Deletes a user of realm hocso (tests clean up what they made in the shared
	 * Keycloak).
	 */
	public static void deleteUser(String userId) {
		HttpResponse<String> response = exchange(admin("/users/" + userId).DELETE().build());
		if (response.statusCode() >= 300 && response.statusCode() != 404) {
			throw new IllegalStateException(
					"DELETE user " + userId + ": " + response.statusCode() + " " + response.body());
		}
	}

	/**
	 * The error_description of a refused password grant via {@code hocso-test}, or "OK".
	 */
	public static String passwordGrantOutcome(String username, String password) {
		String body = "grant_type=password&client_id=hocso-test&scope=openid&username="
				+ URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
				+ URLEncoder.encode(password, StandardCharsets.UTF_8);
		HttpResponse<String> response = exchange(
				HttpRequest.newBuilder(URI.create(RealKeycloak.url() + "/realms/hocso/protocol/openid-connect/token"))
					.header("Content-Type", "application/x-www-form-urlencoded")
					.POST(HttpRequest.BodyPublishers.ofString(body))
					.build());
		if (response.statusCode() == 200) {
			return "OK";
		}
		return json.readTree(response.body()).path("error_description").asString();
	}

	private static JsonNode get(String path) {
		HttpResponse<String> response = exchange(admin(path).GET().build());
		if (response.statusCode() != 200) {
			throw new IllegalStateException("GET " + path + ": " + response.statusCode() + " " + response.body());
		}
		return json.readTree(response.body());
	}

	private static void send(String method, String path, String body) {
		HttpResponse<String> response = exchange(admin(path).header("Content-Type", "application/json")
			.method(method, HttpRequest.BodyPublishers.ofString(body))
			.build());
		if (response.statusCode() >= 300) {
			throw new IllegalStateException(method + " " + path + ": " + response.statusCode() + " " + response.body());
		}
	}

	private static volatile String token;

	private static volatile long tokenAt;

	private static HttpRequest.Builder admin(String path) {
		// The master realm's admin tokens live 60 s: one every 30 s instead of a password
		// grant per call.
		if (token == null || System.nanoTime() - tokenAt > 30_000_000_000L) {
			token = RealKeycloak.masterRealmToken();
			tokenAt = System.nanoTime();
		}
		return HttpRequest.newBuilder(URI.create(RealKeycloak.url() + "/admin/realms/hocso" + path))
			.header("Authorization", "Bearer " + token);
	}

	private static HttpResponse<String> exchange(HttpRequest request) {
		try {
			return http.send(request, HttpResponse.BodyHandlers.ofString());
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
