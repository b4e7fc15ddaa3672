package vn.hocso.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.hocso.organization.OrgUnitDirectory;
import vn.hocso.testing.RealKeycloak;

/**
 * The app behind real Keycloak tokens: right roles and unit per demo user; forged or
 * foreign tokens refused.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class KeycloakTokensIT {

	private static final HttpClient http = HttpClient.newHttpClient();

	private static final JsonMapper json = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	OrgUnitDirectory directory;

	@BeforeAll
	static void keycloakIsUp() {
		RealKeycloak.awaitReady(Duration.ofMinutes(5));
	}

	@ParameterizedTest(name = "{0} is {1} in {2}")
	@CsvSource({ "demo.admin, ADMIN, NA", "demo.reporter, REPORTER, NA", "demo.verifier, VERIFIER, NA-SNV",
			"demo.unitadmin, UNIT_ADMIN, NA-DIENCHAU", "demo.trainer, TRAINER, NA-DIENCHAU-DIENKY",
			"demo.learner, LEARNER, NA-DIENCHAU-DIENKY" })
	void eachDemoUsersTokenShowsTheirRoleAndUnit(String username, String role, String unitCode) throws Exception {
		HttpResponse<String> response = get("/api/me", RealKeycloak.demoUserToken(username));

		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode me = json.readTree(response.body());
		assertThat(me.get("username").asString()).isEqualTo(username);
		assertThat(me.get("roles").values()).extracting(JsonNode::asString).containsExactly(role);
		assertThat(me.get("orgUnit").get("code").asString()).isEqualTo(unitCode);
		assertThat(me.get("orgUnit").get("path").get(0).get("code").asString()).isEqualTo("NA");
	}

	@Test
	void displayNameReadsInVietnameseOrder() throws Exception {
		JsonNode me = json.readTree(get("/api/me", RealKeycloak.demoUserToken("demo.unitadmin")).body());

		assertThat(me.get("displayName").asString()).isEqualTo("Lê Văn Hùng");
	}

	@Test
	void aTamperedTokenIsRejected() throws Exception {
		String token = RealKeycloak.demoUserToken("demo.learner");
		String[] parts = token.split("\\.");
		String payload = new String(Base64.getUrlDecoder().decode(parts[1])).replace("\"NA-DIENCHAU-DIENKY\"",
				"\"NA\"");
		String forged = parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes())
				+ "." + parts[2];
		assertThat(forged).isNotEqualTo(token);

		HttpResponse<String> response = get("/api/me", forged);

		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(response.headers().firstValue("WWW-Authenticate"))
			.hasValueSatisfying(header -> assertThat(header).contains("invalid_token"));
	}

	@Test
	void anExpiredTokenIsRejected() throws Exception {
		String token = RealKeycloak.shortLivedToken("demo.learner");
		long expiresAt = RealKeycloak.payload(token).get("exp").asLong();
		while (Instant.now().getEpochSecond() <= expiresAt + 1) {
			RealKeycloak.sleep(Duration.ofMillis(500));
		}

		HttpResponse<String> response = get("/api/me", token);

		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(response.headers().firstValue("WWW-Authenticate"))
			.hasValueSatisfying(header -> assertThat(header).containsIgnoringCase("expired"));
		assertThat(json.readTree(response.body()).get("code").asString()).isEqualTo("unauthenticated");
	}

	@Test
	void aTokenFromAnotherRealmIsRejected() throws Exception {
		HttpResponse<String> response = get("/api/me", RealKeycloak.masterRealmToken());

		assertThat(response.statusCode()).isEqualTo(401);
	}

	@Test
	void aUnitAdminCannotReadASiblingUnitsSubtree() throws Exception {
		String token = RealKeycloak.demoUserToken("demo.unitadmin");
		long vinh = directory.findSummaryByCode("NA-VINH").orElseThrow().id();

		assertThat(get("/api/org-units/tree?rootId=" + vinh, token).statusCode()).isEqualTo(403);
		assertThat(get("/api/org-units/" + vinh, token).statusCode()).isEqualTo(403);
		JsonNode own = json.readTree(get("/api/org-units/tree", token).body());
		assertThat(own.get(0).get("code").asString()).isEqualTo("NA-DIENCHAU");
	}

	private HttpResponse<String> get(String path, String token) throws IOException, InterruptedException {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Authorization", "Bearer " + token)
			.GET()
			.build();
		return http.send(request, HttpResponse.BodyHandlers.ofString());
	}

}
