package vn.hocso.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import vn.hocso.testing.RealKeycloak;

/**
 * The production realm template imported into the real Keycloak (under a throw-away
 * name): no people, no direct-grant client of ours, brute-force detection and e-mail
 * reset on, a backend secret that Keycloak generated (none is in the file).
 */
class ProductionRealmTemplateIT {

	private static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private static final JsonMapper json = JsonMapper.builder().build();

	@BeforeAll
	static void keycloak() {
		RealKeycloak.awaitReady(Duration.ofMinutes(5));
	}

	@Test
	void theTemplateImportsWithoutPeopleOrTestClientsAndWithAGeneratedSecret() throws Exception {
		ObjectNode template = (ObjectNode) json
			.readTree(Files.readString(Path.of("../infra/keycloak/hocso-realm-template.json")));
		String realm = "hocso-template-" + UUID.randomUUID().toString().substring(0, 8);
		template.put("realm", realm);
		String admin = "/admin/realms/" + realm;
		assertThat(send("POST", "/admin/realms", template.toString()).statusCode()).isEqualTo(201);
		try {
			JsonNode settings = json.readTree(send("GET", admin, null).body());
			assertThat(settings.get("bruteForceProtected").asBoolean()).isTrue();
			assertThat(settings.get("resetPasswordAllowed").asBoolean()).isTrue();
			// Citizens sign up themselves (ADR 0370); what they get is only the default
			// group's CITIZEN role.
			assertThat(settings.get("registrationAllowed").asBoolean()).isTrue();
			JsonNode defaultGroups = json.readTree(send("GET", admin + "/default-groups", null).body());
			assertThat(defaultGroups).extracting(group -> group.get("path").asString()).containsExactly("/citizens");
			JsonNode citizens = json.readTree(
					send("GET", admin + "/groups/" + defaultGroups.get(0).get("id").asString() + "/role-mappings/realm",
							null)
						.body());
			assertThat(citizens).extracting(role -> role.get("name").asString()).containsExactly("CITIZEN");
			JsonNode defaultRoles = json
				.readTree(send("GET", admin + "/roles/default-roles-" + realm + "/composites", null).body());
			assertThat(defaultRoles).extracting(role -> role.get("name").asString())
				.doesNotContain("CITIZEN", "LEARNER", "ADMIN", "UNIT_ADMIN", "TRAINER", "COMMUNITY_HELPER");
			assertThat(json.readTree(send("GET", admin + "/users", null).body())).as("people").isEmpty();

			List<String> ours = new ArrayList<>();
			for (JsonNode client : json.readTree(send("GET", admin + "/clients", null).body())) {
				String id = client.get("clientId").asString();
				if (id.startsWith("hocso")) {
					ours.add(id);
					assertThat(client.get("directAccessGrantsEnabled").asBoolean()).as(id + " password grant")
						.isFalse();
				}
			}
			assertThat(ours).containsExactlyInAnyOrder("hocso-web", "hocso-backend");

			String backend = json.readTree(send("GET", admin + "/clients?clientId=hocso-backend", null).body())
				.get(0)
				.get("id")
				.asString();
			String secret = json.readTree(send("GET", admin + "/clients/" + backend + "/client-secret", null).body())
				.get("value")
				.asString();
			assertThat(secret).hasSizeGreaterThanOrEqualTo(32).isNotEqualTo("hocso-backend-demo-secret");
		}
		finally {
			send("DELETE", admin, null);
		}
	}

	private static HttpResponse<String> send(String method, String path, String body)
			throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(RealKeycloak.url() + path))
			.header("Authorization", "Bearer " + RealKeycloak.masterRealmToken())
			.header("Content-Type", "application/json");
		request.method(method,
				body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

}
