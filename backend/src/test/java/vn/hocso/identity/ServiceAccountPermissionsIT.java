package vn.hocso.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.web.client.RestClient;

import vn.hocso.testing.KeycloakMasterAdmin;
import vn.hocso.testing.RealKeycloak;

/**
 * Against the real Keycloak: the app's service account (the demo's hocso-backend and the
 * tests' hocso-backend-test, both restricted by
 * infra/keycloak/restrict-service-account.sh) does its job on learners and is refused
 * everything else, above all giving ADMIN to anyone.
 */
class ServiceAccountPermissionsIT {

	private static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	@BeforeAll
	static void keycloak() {
		RealKeycloak.awaitReady(Duration.ofMinutes(5));
	}

	@ParameterizedTest
	@CsvSource({ "hocso-backend, hocso-backend-demo-secret", "hocso-backend-test, hocso-backend-test-only-secret" })
	void theServiceAccountManagesLearnersButCannotGrantAdmin(String clientId, String secret) {
		KeycloakProperties properties = new KeycloakProperties(RealKeycloak.url(), "hocso", "hocso-backend",
				"hocso-web", Duration.ZERO, clientId, secret, 0);
		KeycloakUserAdmin admin = new KeycloakUserAdmin(properties);
		String token = new KeycloakUserAdmin.ServiceAccountToken(RestClient.create(), properties).get();
		String username = "sa-probe-" + UUID.randomUUID().toString().substring(0, 8);

		// What the app needs: create into /learners, reset, disable.
		ProvisionedUser learner = admin
			.createLearner(new LearnerUser(username, "Thử", "Quyền", "NA", "k7m2-x9qa-4hde"));
		try {
			assertThat(learner.created()).isTrue();
			admin.resetActivation(learner.userId(), "p3zq-7wm2-ab9c");
			admin.setEnabled(learner.userId(), false);
			assertThat(KeycloakMasterAdmin.usersNamed(username).get(0).get("enabled").asBoolean()).isFalse();

			String adminRole = "[{\"name\":\"ADMIN\",\"id\":\"" + roleId("ADMIN") + "\"}]";
			String staffId = KeycloakMasterAdmin.usersNamed("demo.reporter").get(0).get("id").asString();
			String self = KeycloakMasterAdmin.usersNamed("service-account-" + clientId).get(0).get("id").asString();

			assertThat(call(token, "POST", "/users/" + learner.userId() + "/role-mappings/realm", adminRole))
				.as("ADMIN to a learner")
				.isEqualTo(403);
			assertThat(call(token, "POST", "/users/" + staffId + "/role-mappings/realm", adminRole))
				.as("ADMIN to a staff user")
				.isEqualTo(403);
			assertThat(call(token, "POST", "/users/" + self + "/role-mappings/realm", adminRole)).as("ADMIN to itself")
				.isEqualTo(403);
			assertThat(KeycloakMasterAdmin.effectiveRealmRoles(learner.userId())).contains("LEARNER")
				.doesNotContain("ADMIN");
			assertThat(KeycloakMasterAdmin.effectiveRealmRoles(staffId)).doesNotContain("ADMIN");

			assertThat(call(token, "PUT", "/users/" + staffId + "/reset-password",
					"{\"type\":\"password\",\"value\":\"Taken0ver!x\",\"temporary\":false}"))
				.as("reset a staff password")
				.isEqualTo(403);
			assertThat(call(token, "PUT", "/users/" + staffId, "{\"enabled\":false}")).as("disable a staff user")
				.isEqualTo(403);
			assertThat(call(token, "DELETE", "/users/" + staffId, null)).as("delete a staff user").isEqualTo(403);
			assertThat(call(token, "POST", "/users", "{\"username\":\"x" + username + "\",\"enabled\":true}"))
				.as("create a user outside /learners")
				.isEqualTo(403);
			assertThat(call(token, "POST", "/groups", "{\"name\":\"x" + username + "\"}")).as("create a group")
				.isEqualTo(403);
			assertThat(call(token, "GET", "/clients", null)).as("read clients (their secrets)").isEqualTo(403);
			assertThat(KeycloakMasterAdmin.usersNamed("x" + username)).isEmpty();
		}
		finally {
			admin.delete(learner.userId());
		}
		assertThat(KeycloakMasterAdmin.usersNamed(username)).as("learners can be deleted (rollback)").isEmpty();
	}

	/**
	 * Issue 16: the app grants TRAINER to an official (a learner or a staff user) and
	 * takes it back, and the same account still cannot map or remove any other role, nor
	 * make TRAINER a composite.
	 */
	@ParameterizedTest
	@CsvSource({ "hocso-backend, hocso-backend-demo-secret", "hocso-backend-test, hocso-backend-test-only-secret" })
	void theServiceAccountMapsTrainerAndNoOtherRole(String clientId, String secret) throws Exception {
		KeycloakProperties properties = new KeycloakProperties(RealKeycloak.url(), "hocso", "hocso-backend",
				"hocso-web", Duration.ZERO, clientId, secret, 0);
		KeycloakUserAdmin admin = new KeycloakUserAdmin(properties);
		String token = new KeycloakUserAdmin.ServiceAccountToken(RestClient.create(), properties).get();
		String username = "sa-trainer-" + UUID.randomUUID().toString().substring(0, 8);
		ProvisionedUser official = admin
			.createLearner(new LearnerUser(username, "Thử", "Đầu Mối", "NA", "k7m2-x9qa-4hde"));
		String staffId = KeycloakMasterAdmin.usersNamed("demo.reporter").get(0).get("id").asString();
		String adminId = KeycloakMasterAdmin.usersNamed("demo.admin").get(0).get("id").asString();
		try {
			assertThat(admin.isTrainer(username)).contains(false);
			assertThat(admin.grant(username)).isTrue();
			assertThat(KeycloakMasterAdmin.effectiveRealmRoles(official.userId())).contains("TRAINER", "LEARNER");
			assertThat(admin.isTrainer(username)).contains(true);
			assertThat(admin.grant(username)).as("granting twice changes nothing").isTrue();
			assertThat(admin.revoke(username)).isTrue();
			assertThat(KeycloakMasterAdmin.effectiveRealmRoles(official.userId())).doesNotContain("TRAINER");
			assertThat(admin.grant("no-such-user-" + username)).isFalse();

			assertThat(admin.grant("demo.reporter")).isTrue();
			assertThat(KeycloakMasterAdmin.effectiveRealmRoles(staffId)).contains("TRAINER", "REPORTER");
			assertThat(admin.revoke("demo.reporter")).isTrue();
			assertThat(KeycloakMasterAdmin.effectiveRealmRoles(staffId)).doesNotContain("TRAINER");

			// Issue 17 (ADR 0380): COMMUNITY_HELPER is mapped and removed the same way.
			assertThat(admin.grantCommunityHelper(username)).isTrue();
			assertThat(KeycloakMasterAdmin.effectiveRealmRoles(official.userId())).contains("COMMUNITY_HELPER");
			assertThat(admin.revokeCommunityHelper(username)).isTrue();
			assertThat(KeycloakMasterAdmin.effectiveRealmRoles(official.userId())).doesNotContain("COMMUNITY_HELPER");

			assertThat(body(token, "/users/" + official.userId() + "/role-mappings/realm/available"))
				.as("the only roles it may map")
				.contains("\"TRAINER\"", "\"COMMUNITY_HELPER\"")
				.doesNotContain("\"ADMIN\"", "\"UNIT_ADMIN\"", "\"VERIFIER\"", "\"REPORTER\"", "\"LEARNER\"");
			for (String role : new String[] { "ADMIN", "UNIT_ADMIN", "VERIFIER", "REPORTER" }) {
				String mapping = "[{\"name\":\"" + role + "\",\"id\":\"" + roleId(role) + "\"}]";
				assertThat(call(token, "POST", "/users/" + official.userId() + "/role-mappings/realm", mapping))
					.as(role + " to an official")
					.isEqualTo(403);
			}
			String adminRole = "[{\"name\":\"ADMIN\",\"id\":\"" + roleId("ADMIN") + "\"}]";
			assertThat(call(token, "DELETE", "/users/" + adminId + "/role-mappings/realm", adminRole))
				.as("remove ADMIN from an admin")
				.isEqualTo(403);
			assertThat(call(token, "POST", "/roles-by-id/" + roleId("TRAINER") + "/composites", adminRole))
				.as("make ADMIN part of TRAINER")
				.isEqualTo(403);
			assertThat(KeycloakMasterAdmin.effectiveRealmRoles(adminId)).contains("ADMIN");
			assertThat(KeycloakMasterAdmin.effectiveRealmRoles(official.userId())).doesNotContain("ADMIN", "TRAINER");
		}
		finally {
			admin.revoke("demo.reporter");
			admin.delete(official.userId());
		}
	}

	private static String body(String token, String path) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create(RealKeycloak.url() + "/admin/realms/hocso" + path))
			.header("Authorization", "Bearer " + token)
			.build();
		HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		return response.body();
	}

	private static String roleId(String role) {
		return KeycloakMasterAdmin.realmRole(role).get("id").asString();
	}

	private static int call(String token, String method, String path, String body) {
		HttpRequest.Builder request = HttpRequest
			.newBuilder(URI.create(RealKeycloak.url() + "/admin/realms/hocso" + path))
			.header("Authorization", "Bearer " + token)
			.header("Content-Type", "application/json");
		request.method(method,
				body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
		try {
			return http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
