package vn.hocso.identity;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.client.RestClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Keycloak's admin REST API for learner accounts (and, read-only, staff e-mails for
 * report reminders), called as the {@code hocso-backend} service account
 * (client-credentials token, cached until shortly before it expires). Thread-safe: the
 * account module calls it from several threads at once to issue accounts in bulk.
 */
@Component
public class KeycloakUserAdmin implements StaffContacts, StaffDirectory, TrainerRoles, CommunityHelperRoles {

	static final String LEARNERS_GROUP = "/learners";

	static final String CITIZENS_GROUP = "/citizens";

	private final KeycloakProperties keycloak;

	private final RestClient http;

	private final ServiceAccountToken token;

	KeycloakUserAdmin(KeycloakProperties keycloak) {
		this.keycloak = keycloak;
		JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(Duration.ofSeconds(5))
			.build());
		requests.setReadTimeout(Duration.ofSeconds(60));
		this.http = RestClient.builder().requestFactory(requests).build();
		this.token = new ServiceAccountToken(http, keycloak);
	}

	/**
	 * Creates an enabled learner in one request: the activation code as a pre-hashed
	 * temporary password, UPDATE_PASSWORD required, the org unit attribute, and the
	 * {@code learners} group that carries the LEARNER role. If the username is taken,
	 * returns the existing user instead.
	 */
	public ProvisionedUser createLearner(LearnerUser user) {
		Map<String, Object> body = Map.of("username", user.username(), "enabled", true, "firstName", user.firstName(),
				"lastName", user.lastName(), "attributes", Map.of("org_unit", List.of(user.orgUnitCode())), "groups",
				List.of(LEARNERS_GROUP), "requiredActions", List.of("UPDATE_PASSWORD"), "credentials",
				List.of(ActivationCredential.of(user.activationCode())));
		var response = http.post()
			.uri(keycloak.adminRealmUri() + "/users")
			.headers(h -> h.setBearerAuth(token.get()))
			.contentType(MediaType.APPLICATION_JSON)
			.body(body)
			.retrieve()
			.onStatus(status -> status.value() == HttpStatus.CONFLICT.value(), (request, resp) -> {
			})
			.toBodilessEntity();
		if (response.getStatusCode().value() == HttpStatus.CONFLICT.value()) {
			String id = findUserId(user.username())
				.orElseThrow(() -> new IllegalStateException("409 for " + user.username() + " but no such user"));
			return new ProvisionedUser(id, false);
		}
		URI location = response.getHeaders().getLocation();
		if (location == null) {
			throw new IllegalStateException("Keycloak created " + user.username() + " without a Location");
		}
		String path = location.getPath();
		// Keycloak also puts the account in the default group /citizens (CITIZEN); the
		// token converter
		// ignores CITIZEN next to LEARNER, so an official is never a citizen (ADR 0370).
		return new ProvisionedUser(path.substring(path.lastIndexOf('/') + 1), true);
	}

	/**
	 * Creates a citizen's account on their behalf (ADR 0380): group {@code /citizens}
	 * (CITIZEN), the commune and the figures they gave as attributes, the activation code
	 * as a pre-hashed temporary password. Empty when the username is taken: the caller
	 * picks another.
	 */
	public Optional<String> createCitizen(AssistedCitizenUser user) {
		Map<String, List<String>> attributes = new HashMap<>();
		attributes.put("commune", List.of(user.communeCode()));
		attributes.put("birth_year", List.of(String.valueOf(user.birthYear())));
		attributes.put("citizen_consent", List.of("YES"));
		if (user.gender() != null) {
			attributes.put("gender", List.of(user.gender()));
		}
		Map<String, Object> body = Map.of("username", user.username(), "enabled", true, "firstName", user.firstName(),
				"lastName", user.lastName(), "attributes", attributes, "groups", List.of(CITIZENS_GROUP),
				"requiredActions", List.of("UPDATE_PASSWORD"), "credentials",
				List.of(ActivationCredential.of(user.activationCode())));
		var response = http.post()
			.uri(keycloak.adminRealmUri() + "/users")
			.headers(h -> h.setBearerAuth(token.get()))
			.contentType(MediaType.APPLICATION_JSON)
			.body(body)
			.retrieve()
			.onStatus(status -> status.value() == HttpStatus.CONFLICT.value(), (request, resp) -> {
			})
			.toBodilessEntity();
		if (response.getStatusCode().value() == HttpStatus.CONFLICT.value()) {
			return Optional.empty();
		}
		URI location = response.getHeaders().getLocation();
		if (location == null) {
			throw new IllegalStateException("Keycloak created " + user.username() + " without a Location");
		}
		String path = location.getPath();
		return Optional.of(path.substring(path.lastIndexOf('/') + 1));
	}

	/**
	 * The unit's users (attribute {@code org_unit}) that have an e-mail and the role.
	 * Learners of the unit share the attribute but have no e-mail in Keycloak, so only
	 * staff need their roles looked up.
	 */
	@Override
	public List<String> emailsOf(String unitCode, Role role) {
		List<String> emails = new ArrayList<>();
		int page = 500;
		for (int first = 0; first < 10_000; first += page) {
			JsonNode users = http.get()
				.uri(keycloak.adminRealmUri()
						+ "/users?q=org_unit:{code}&briefRepresentation=false&first={first}&max={max}", unitCode, first,
						page)
				.headers(h -> h.setBearerAuth(token.get()))
				.retrieve()
				.body(JsonNode.class);
			if (users == null || users.isEmpty()) {
				break;
			}
			for (JsonNode user : users) {
				JsonNode email = user.get("email");
				if (email != null && !email.asString().isBlank() && hasRealmRole(user.get("id").asString(), role)) {
					emails.add(email.asString());
				}
			}
			if (users.size() < page) {
				break;
			}
		}
		return emails;
	}

	/**
	 * Searches the users whose unit attribute contains the prefix and who have an e-mail
	 * (staff reset their password by e-mail; learners issued by the app have none, so
	 * thousands of them are not paged through), keeps those of the given units and looks
	 * up each one's realm roles.
	 */
	@Override
	public List<StaffMember> withRole(Role role, String commonPrefix, Collection<String> unitCodes) {
		List<StaffMember> members = new ArrayList<>();
		int page = 200;
		for (int first = 0; first < 5_000; first += page) {
			JsonNode users = http.get()
				.uri(keycloak.adminRealmUri()
						+ "/users?q=org_unit:{code}&exact=false&email=@&enabled=true&briefRepresentation=false&first={first}&max={max}",
						commonPrefix, first, page)
				.headers(h -> h.setBearerAuth(token.get()))
				.retrieve()
				.body(JsonNode.class);
			if (users == null || users.isEmpty()) {
				break;
			}
			for (JsonNode user : users) {
				String unit = user.path("attributes").path("org_unit").path(0).asString("");
				if (unitCodes.contains(unit) && hasRealmRole(user.get("id").asString(), role)) {
					members.add(member(user));
				}
			}
			if (users.size() < page) {
				break;
			}
		}
		return members;
	}

	@Override
	public Optional<StaffMember> find(String username) {
		JsonNode users = http.get()
			.uri(keycloak.adminRealmUri() + "/users?exact=true&briefRepresentation=false&username={u}", username)
			.headers(h -> h.setBearerAuth(token.get()))
			.retrieve()
			.body(JsonNode.class);
		if (users == null || users.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(member(users.get(0)));
	}

	private static StaffMember member(JsonNode user) {
		String username = user.get("username").asString();
		String name = (user.path("firstName").asString("") + " " + user.path("lastName").asString("")).strip();
		return new StaffMember(username, name.isEmpty() ? username : name,
				user.path("attributes").path("org_unit").path(0).asString(""));
	}

	private boolean hasRealmRole(String userId, Role role) {
		JsonNode roles = http.get()
			.uri(keycloak.adminRealmUri() + "/users/{id}/role-mappings/realm", userId)
			.headers(h -> h.setBearerAuth(token.get()))
			.retrieve()
			.body(JsonNode.class);
		if (roles == null) {
			return false;
		}
		for (JsonNode mapping : roles) {
			if (role.name().equals(mapping.get("name").asString())) {
				return true;
			}
		}
		return false;
	}

	@Override
	public Optional<Boolean> isTrainer(String username) {
		return findUserId(username).map(id -> hasRealmRole(id, Role.TRAINER));
	}

	@Override
	public boolean grant(String username) {
		return changeRole(username, Role.TRAINER, HttpMethod.POST);
	}

	@Override
	public boolean revoke(String username) {
		return changeRole(username, Role.TRAINER, HttpMethod.DELETE);
	}

	@Override
	public boolean grantCommunityHelper(String username) {
		return changeRole(username, Role.COMMUNITY_HELPER, HttpMethod.POST);
	}

	@Override
	public boolean revokeCommunityHelper(String username) {
		return changeRole(username, Role.COMMUNITY_HELPER, HttpMethod.DELETE);
	}

	/**
	 * Keycloak maps a role by its representation with id; the service account may not
	 * read roles, but a user's mappable roles list what it may map (TRAINER and
	 * COMMUNITY_HELPER only, see restrict-service-account.sh).
	 */
	private boolean changeRole(String username, Role wanted, HttpMethod method) {
		Optional<String> userId = findUserId(username);
		if (userId.isEmpty()) {
			return false;
		}
		if (hasRealmRole(userId.get(), wanted) == HttpMethod.POST.equals(method)) {
			return true;
		}
		JsonNode role = realmRole(userId.get(), wanted, HttpMethod.POST.equals(method) ? "/available" : "");
		http.method(method)
			.uri(keycloak.adminRealmUri() + "/users/{id}/role-mappings/realm", userId.get())
			.headers(h -> h.setBearerAuth(token.get()))
			.contentType(MediaType.APPLICATION_JSON)
			.body(List.of(Map.of("id", role.get("id").asString(), "name", wanted.name())))
			.retrieve()
			.toBodilessEntity();
		return true;
	}

	private JsonNode realmRole(String userId, Role wanted, String list) {
		JsonNode roles = http.get()
			.uri(keycloak.adminRealmUri() + "/users/{id}/role-mappings/realm" + list, userId)
			.headers(h -> h.setBearerAuth(token.get()))
			.retrieve()
			.body(JsonNode.class);
		if (roles != null) {
			for (JsonNode role : roles) {
				if (wanted.name().equals(role.get("name").asString())) {
					return role;
				}
			}
		}
		throw new IllegalStateException("Keycloak lets the service account map no " + wanted.name() + " role "
				+ "(run infra/keycloak/restrict-service-account.sh)");
	}

	public Optional<String> findUserId(String username) {
		JsonNode users = http.get()
			.uri(keycloak.adminRealmUri() + "/users?exact=true&briefRepresentation=true&username={u}", username)
			.headers(h -> h.setBearerAuth(token.get()))
			.retrieve()
			.body(JsonNode.class);
		if (users == null || users.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(users.get(0).get("id").asString());
	}

	/**
	 * A new activation code: replaces the password with it (temporary, so UPDATE_PASSWORD
	 * is required again), enables the account and ends its sessions. Single resets hash
	 * with Keycloak's default.
	 */
	public void resetActivation(String userId, String activationCode) {
		http.put()
			.uri(keycloak.adminRealmUri() + "/users/{id}/reset-password", userId)
			.headers(h -> h.setBearerAuth(token.get()))
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("type", "password", "value", activationCode, "temporary", true))
			.retrieve()
			.toBodilessEntity();
		setEnabled(userId, true);
		logout(userId);
	}

	/** Enables or disables the account; disabling also ends its sessions. */
	public void setEnabled(String userId, boolean enabled) {
		JsonNode user = user(userId);
		var representation = JsonMapper.shared().convertValue(user, Map.class);
		@SuppressWarnings("unchecked")
		Map<String, Object> updated = new HashMap<String, Object>(representation);
		updated.put("enabled", enabled);
		http.put()
			.uri(keycloak.adminRealmUri() + "/users/{id}", userId)
			.headers(h -> h.setBearerAuth(token.get()))
			.contentType(MediaType.APPLICATION_JSON)
			.body(updated)
			.retrieve()
			.toBodilessEntity();
		if (!enabled) {
			logout(userId);
		}
	}

	/**
	 * Sets one user attribute (a citizen's commune), keeping the rest of the account as
	 * it is.
	 */
	public void setAttribute(String userId, String name, String value) {
		JsonNode user = user(userId);
		@SuppressWarnings("unchecked")
		Map<String, Object> updated = new HashMap<String, Object>(JsonMapper.shared().convertValue(user, Map.class));
		@SuppressWarnings("unchecked")
		Map<String, Object> attributes = updated.get("attributes") instanceof Map<?, ?> existing
				? new HashMap<String, Object>((Map<String, Object>) existing) : new HashMap<>();
		attributes.put(name, List.of(value));
		updated.put("attributes", attributes);
		http.put()
			.uri(keycloak.adminRealmUri() + "/users/{id}", userId)
			.headers(h -> h.setBearerAuth(token.get()))
			.contentType(MediaType.APPLICATION_JSON)
			.body(updated)
			.retrieve()
			.toBodilessEntity();
	}

	/**
	 * True once the learner has replaced the activation code with a password of their
	 * own.
	 */
	public boolean hasActivated(String userId) {
		JsonNode actions = user(userId).path("requiredActions");
		for (JsonNode action : actions) {
			if ("UPDATE_PASSWORD".equals(action.asString())) {
				return false;
			}
		}
		return true;
	}

	public void delete(String userId) {
		http.delete()
			.uri(keycloak.adminRealmUri() + "/users/{id}", userId)
			.headers(h -> h.setBearerAuth(token.get()))
			.retrieve()
			.onStatus(HttpStatusCode::is4xxClientError, (request, resp) -> {
			})
			.toBodilessEntity();
	}

	private JsonNode user(String userId) {
		JsonNode user = http.get()
			.uri(keycloak.adminRealmUri() + "/users/{id}", userId)
			.headers(h -> h.setBearerAuth(token.get()))
			.retrieve()
			.body(JsonNode.class);
		if (user == null) {
			throw new IllegalStateException("Keycloak returned no user " + userId);
		}
		return user;
	}

	private void logout(String userId) {
		http.post()
			.uri(keycloak.adminRealmUri() + "/users/{id}/logout", userId)
			.headers(h -> h.setBearerAuth(token.get()))
			.retrieve()
			.toBodilessEntity();
	}

	/** The service account's access token, fetched again when it is about to expire. */
	static final class ServiceAccountToken {

		private final RestClient http;

		private final KeycloakProperties keycloak;

		private String value = "";

		private long expiresAtMillis;

		ServiceAccountToken(RestClient http, KeycloakProperties keycloak) {
			this.http = http;
			this.keycloak = keycloak;
		}

		synchronized String get() {
			if (System.currentTimeMillis() < expiresAtMillis) {
				return value;
			}
			var form = new LinkedMultiValueMap<String, String>();
			form.add("grant_type", "client_credentials");
			form.add("client_id", keycloak.adminClientId());
			form.add("client_secret", keycloak.adminClientSecret());
			JsonNode response = http.post()
				.uri(keycloak.tokenUri())
				.contentType(MediaType.APPLICATION_FORM_URLENCODED)
				.body(form)
				.retrieve()
				.body(JsonNode.class);
			if (response == null) {
				throw new IllegalStateException("Keycloak returned no token");
			}
			value = response.get("access_token").asString();
			// Renew 30 s early so that no request leaves with a token that expires on the
			// way.
			expiresAtMillis = System.currentTimeMillis() + (response.get("expires_in").asLong() - 30) * 1000;
			return value;
		}

	}

}
