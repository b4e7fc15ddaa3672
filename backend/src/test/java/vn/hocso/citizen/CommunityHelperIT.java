package vn.hocso.citizen;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.hocso.account.demo.DemoAccounts;
import vn.hocso.identity.KeycloakUserAdmin;
import vn.hocso.organization.OrgUnitDirectory;
import vn.hocso.organization.OrgUnitSummary;
import vn.hocso.testing.KeycloakFirstLogin;
import vn.hocso.testing.KeycloakMasterAdmin;
import vn.hocso.testing.RealKeycloak;

/**
 * Against the real Keycloak (ADR 0380): the district's unit admin grants and revokes
 * COMMUNITY_HELPER through the restricted service account; the helper registers citizens
 * of their commune, whose accounts are in /citizens with the commune, a pre-hashed
 * activation code and UPDATE_PASSWORD; the citizen logs in with the code and is a citizen
 * of that commune. Also measures registrations.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CommunityHelperIT {

	private static final HttpClient http = HttpClient.newHttpClient();

	private static final JsonMapper json = JsonMapper.builder().build();

	private static final String HELPER = "demo.helper";

	@LocalServerPort
	int port;

	@Autowired
	OrgUnitDirectory units;

	@Autowired
	DemoAccounts accounts;

	@Autowired
	KeycloakUserAdmin keycloak;

	@Autowired
	JdbcClient jdbc;

	@BeforeAll
	static void keycloakIsUp() {
		RealKeycloak.awaitReady(Duration.ofMinutes(5));
	}

	@Test
	void aUnitAdminGrantsTheRoleInKeycloakAndTheHelperRegistersCitizensWhoLogInWithTheirCode() throws Exception {
		String unitAdmin = RealKeycloak.demoUserToken("demo.unitadmin");
		String admin = RealKeycloak.demoUserToken("demo.admin");
		OrgUnitSummary team = units.findSummaryByCode("NA-DIENCHAU-DIENKY-TCNS").orElseThrow();
		String helperUserId = KeycloakMasterAdmin.usersNamed(HELPER).getFirst().get("id").asString();
		// On PostgreSQL the database outlives test contexts: an earlier one may have made
		// demo.helper's account.
		Long existing = jdbc.sql("select learner_id from learner_account where username = ?")
			.param(HELPER)
			.query(Long.class)
			.optional()
			.orElse(null);
		long helperId;
		if (existing != null) {
			helperId = existing;
		}
		else {
			helperId = json
				.readTree(send("POST", "/api/learners", admin,
						json.writeValueAsString(Map.of("fullName", "Đinh Thị Phương", "dateOfBirth", "1992-03-29",
								"unitId", team.id(), "category", "CONG_CHUC")))
					.body())
				.path("id")
				.asLong();
			accounts.issue(helperId, HELPER, helperUserId, team.path(), Instant.now());
		}
		List<String> created = new ArrayList<>();
		try {
			HttpResponse<String> granted = send("PUT", "/api/community-helpers/" + helperId, unitAdmin, null);
			assertThat(granted.statusCode()).as(granted.body()).isEqualTo(200);
			HttpResponse<String> revoked = send("DELETE", "/api/community-helpers/" + helperId, unitAdmin, null);
			assertThat(revoked.statusCode()).as(revoked.body()).isEqualTo(200);
			assertThat(KeycloakMasterAdmin.effectiveRealmRoles(helperUserId)).doesNotContain("COMMUNITY_HELPER");
			String revokedToken = RealKeycloak.demoUserToken(HELPER);
			assertThat(send("GET", "/api/community-helper/citizens", revokedToken, null).statusCode()).isEqualTo(403);

			assertThat(send("PUT", "/api/community-helpers/" + helperId, unitAdmin, null).statusCode()).isEqualTo(200);
			assertThat(KeycloakMasterAdmin.effectiveRealmRoles(helperUserId)).contains("COMMUNITY_HELPER");
			String helper = RealKeycloak.demoUserToken(HELPER);

			// Citizens an earlier context registered for demo.helper stay in PostgreSQL's
			// database.
			int before = json.readTree(send("GET", "/api/community-helper/citizens", helper, null).body())
				.path("citizens")
				.size();
			long[] millis = new long[10];
			JsonNode first = null;
			for (int i = 0; i < millis.length; i++) {
				long start = System.nanoTime();
				HttpResponse<String> registered = send("POST", "/api/community-helper/citizens", helper,
						"{\"fullName\":\"Nguyễn Văn Bình\",\"birthYear\":1958,\"gender\":\"MALE\",\"consentInPerson\":true}");
				millis[i] = (System.nanoTime() - start) / 1_000_000;
				assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
				JsonNode body = json.readTree(registered.body());
				created.add(body.path("username").asString());
				if (first == null) {
					first = body;
				}
			}
			long[] sorted = millis.clone();
			java.util.Arrays.sort(sorted);
			System.out.printf(
					"[measure] assisted registration through the real Keycloak: %s ms; median %d ms, max %d ms%n",
					java.util.Arrays.toString(millis), sorted[sorted.length / 2], sorted[sorted.length - 1]);

			String username = first.path("username").asString();
			String userId = KeycloakMasterAdmin.usersNamed(username).getFirst().get("id").asString();
			assertThat(KeycloakMasterAdmin.groupPaths(userId)).containsExactly("/citizens");
			JsonNode user = KeycloakMasterAdmin.user(userId);
			assertThat(user.path("attributes").path("commune").get(0).asString()).isEqualTo("NA-DIENCHAU-DIENKY");
			assertThat(user.path("requiredActions").toString()).contains("UPDATE_PASSWORD");
			assertThat(KeycloakMasterAdmin.effectiveRealmRoles(userId)).contains("CITIZEN")
				.doesNotContain("LEARNER", "COMMUNITY_HELPER", "ADMIN");

			HttpResponse<String> slip = send("GET",
					"/api/community-helper/citizens/" + first.path("learnerId").asLong() + "/slip.pdf", helper, null);
			assertThat(slip.statusCode()).isEqualTo(200);
			assertThat(slip.headers().firstValue("Content-Type")).hasValue("application/pdf");

			KeycloakFirstLogin.changeCodeToPassword(username, first.path("activationCode").asString(), "Citizen@2026x");
			String citizen = RealKeycloak.passwordToken(username, "Citizen@2026x");
			assertThat(RealKeycloak.payload(citizen).get("commune").asString()).isEqualTo("NA-DIENCHAU-DIENKY");
			JsonNode profile = json.readTree(send("GET", "/api/me/citizen", citizen, null).body());
			assertThat(profile.path("communeCode").asString()).isEqualTo("NA-DIENCHAU-DIENKY");
			assertThat(profile.path("birthYear").asInt()).isEqualTo(1958);
			// The citizen is no helper: the helper's pages refuse them.
			assertThat(send("GET", "/api/community-helper/citizens", citizen, null).statusCode()).isEqualTo(403);

			JsonNode mine = json.readTree(send("GET", "/api/community-helper/citizens", helper, null).body());
			assertThat(mine.path("citizens").size()).isEqualTo(before + millis.length);
			List<String> listed = new ArrayList<>();
			mine.path("citizens").forEach(c -> listed.add(c.path("username").asString()));
			assertThat(listed).containsAll(created);
		}
		finally {
			for (String username : created) {
				KeycloakMasterAdmin.usersNamed(username).forEach(u -> keycloak.delete(u.get("id").asString()));
			}
		}
	}

	private HttpResponse<String> send(String method, String path, String token, String body)
			throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Authorization", "Bearer " + token)
			.header("Content-Type", "application/json");
		request.method(method,
				body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

}
