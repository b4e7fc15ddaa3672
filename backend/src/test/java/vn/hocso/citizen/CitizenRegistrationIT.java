package vn.hocso.citizen;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.hocso.identity.KeycloakUserAdmin;
import vn.hocso.identity.LearnerUser;
import vn.hocso.learner.LearnerCategory;
import vn.hocso.learner.LearnerDirectory;
import vn.hocso.learner.LearnerSummary;
import vn.hocso.organization.OrgUnitDirectory;
import vn.hocso.testing.KeycloakMasterAdmin;
import vn.hocso.testing.KeycloakSelfRegistration;
import vn.hocso.testing.RealKeycloak;

/**
 * A citizen signs up on Keycloak's own registration page (the realm's self-registration),
 * becomes a CITIZEN of the commune they choose in the app, and can delete themself (ADR
 * 0370). Against the real Keycloak whose realm files this branch changes.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CitizenRegistrationIT {

	private static final HttpClient http = HttpClient.newHttpClient();

	private static final JsonMapper json = JsonMapper.builder().build();

	private static final String PASSWORD = "Citizen@2026";

	@LocalServerPort
	int port;

	@Autowired
	OrgUnitDirectory units;

	@Autowired
	LearnerDirectory learners;

	@Autowired
	KeycloakUserAdmin keycloak;

	@BeforeAll
	static void keycloakIsUp() {
		RealKeycloak.awaitReady(Duration.ofMinutes(5));
	}

	@Test
	void theRegistrationPageAsksOnlyWhatTheIndicatorsNeedInVietnameseAndEnglish() {
		String vi = new KeycloakSelfRegistration("vi").openPage();
		String en = new KeycloakSelfRegistration("en").openPage();

		assertThat(vi).contains("Đăng ký học Học Số", "Năm sinh", "Giới tính", "Tôi đồng ý");
		assertThat(en).contains("Sign up to learn with Học Số", "Year of birth", "Gender", "I agree");
		assertThat(vi).contains("name=\"birth_year\"", "name=\"gender\"", "name=\"citizen_consent\"");
		// The commune is set by the app from the org tree, never typed on Keycloak's
		// page.
		assertThat(vi).doesNotContain("name=\"commune\"").doesNotContain("name=\"org_unit\"");
	}

	@Test
	void aSelfRegisteredCitizenIsACitizenOfTheCommuneTheyChooseAndCanDeleteThemself() throws Exception {
		String username = "citizen-" + UUID.randomUUID().toString().substring(0, 8);
		KeycloakSelfRegistration phone = new KeycloakSelfRegistration("vi");
		HttpResponse<String> registered = phone.submit(phone.openPage(),
				KeycloakSelfRegistration.citizenForm(username, PASSWORD));

		assertThat(registered.statusCode()).isEqualTo(302);
		assertThat(registered.headers().firstValue("Location")).hasValueSatisfying(
				location -> assertThat(location).startsWith("http://localhost:8080/").contains("code="));
		String userId = KeycloakMasterAdmin.usersNamed(username).getFirst().get("id").asString();
		assertThat(KeycloakMasterAdmin.groupPaths(userId)).containsExactly("/citizens");
		assertThat(KeycloakMasterAdmin.effectiveRealmRoles(userId)).contains("CITIZEN")
			.doesNotContain("LEARNER", "ADMIN", "UNIT_ADMIN", "TRAINER", "COMMUNITY_HELPER");

		String token = RealKeycloak.passwordToken(username, PASSWORD);
		JsonNode me = json.readTree(send("GET", "/api/me", token, null).body());
		assertThat(me.get("roles").values()).extracting(JsonNode::asString).contains("CITIZEN", "LEARNER");
		assertThat(send("GET", "/api/me/citizen", token, null).statusCode()).isEqualTo(404);

		long dienKy = units.findSummaryByCode("NA-DIENCHAU-DIENKY").orElseThrow().id();
		HttpResponse<String> saved = send("PUT", "/api/me/citizen", token,
				"{\"communeId\":" + dienKy + ",\"birthYear\":1984,\"gender\":\"FEMALE\",\"consent\":true}");
		assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
		assertThat(KeycloakMasterAdmin.user(userId).path("attributes").path("commune").get(0).asString())
			.isEqualTo("NA-DIENCHAU-DIENKY");

		String renewed = RealKeycloak.passwordToken(username, PASSWORD);
		assertThat(RealKeycloak.payload(renewed).get("commune").asString()).isEqualTo("NA-DIENCHAU-DIENKY");
		JsonNode meAgain = json.readTree(send("GET", "/api/me", renewed, null).body());
		assertThat(meAgain.get("orgUnit").get("code").asString()).isEqualTo("NA-DIENCHAU-DIENKY");
		long learnerId = json.readTree(send("GET", "/api/me/citizen/data", renewed, null).body())
			.path("learnerId")
			.asLong(-1);

		assertThat(send("DELETE", "/api/me/citizen", renewed, null).statusCode()).isEqualTo(204);

		assertThat(KeycloakMasterAdmin.usersNamed(username)).isEmpty();
		LearnerSummary erased = learners.find(learnerId).orElseThrow();
		assertThat(erased.fullName()).isEqualTo("—");
		assertThat(erased.category()).isEqualTo(LearnerCategory.CITIZEN);
		assertThat(erased.unitId()).isEqualTo(dienKy);
		assertThat(erased.email()).isNull();
	}

	@Test
	void anOfficialsAccountIssuedByTheAppIsALearnerWhomTheAppNeverTreatsAsACitizen() {
		String username = "official-" + UUID.randomUUID().toString().substring(0, 8);
		String userId = keycloak
			.createLearner(new LearnerUser(username, "Văn An", "Nguyễn", "NA-DIENCHAU-DIENKY", "k7m2x9qa3hf8wz5c"))
			.userId();
		try {
			// Keycloak puts every new account in its default group too; the app's
			// converter drops CITIZEN
			// next to LEARNER (KeycloakRoleConverterTests), and only /learners carries an
			// official role.
			assertThat(KeycloakMasterAdmin.groupPaths(userId)).contains("/learners");
			assertThat(KeycloakMasterAdmin.effectiveRealmRoles(userId)).contains("LEARNER")
				.doesNotContain("ADMIN", "UNIT_ADMIN", "TRAINER", "COMMUNITY_HELPER");
		}
		finally {
			keycloak.delete(userId);
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
