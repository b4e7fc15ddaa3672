package vn.hocso.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

class KeycloakRoleConverterTests {

	private final KeycloakRoleConverter converter = new KeycloakRoleConverter();

	@Test
	void realmRolesBecomeRoleAuthoritiesAndUnknownRolesAreDropped() {
		CallerAuthentication auth = converter.convert(token(Map.of("roles",
				List.of("UNIT_ADMIN", "TRAINER", "offline_access", "default-roles-hocso", "uma_authorization"))));

		assertThat(auth.getAuthorities()).extracting(GrantedAuthority::getAuthority)
			.containsExactlyInAnyOrder("ROLE_UNIT_ADMIN", "ROLE_TRAINER");
		assertThat(auth.caller().roles()).containsExactlyInAnyOrder(Role.UNIT_ADMIN, Role.TRAINER);
	}

	@Test
	void callerCarriesUsernameDisplayNameAndOrgUnitFromTheToken() {
		Caller caller = converter.convert(token(Map.of("roles", List.of("LEARNER")))).caller();

		assertThat(caller.username()).isEqualTo("demo.learner");
		assertThat(caller.displayName()).isEqualTo("Đặng Quốc Hưng");
		assertThat(caller.orgUnitCode()).isEqualTo("NA-DIENCHAU-DIENKY");
		assertThat(caller.has(Role.LEARNER)).isTrue();
		assertThat(caller.has(Role.ADMIN)).isFalse();
	}

	@Test
	void tokenWithoutRealmAccessGivesNoAuthorities() {
		Jwt jwt = Jwt.withTokenValue("t")
			.header("alg", "RS256")
			.subject("abc")
			.issuedAt(Instant.now())
			.expiresAt(Instant.now().plusSeconds(60))
			.build();

		CallerAuthentication auth = converter.convert(jwt);

		assertThat(auth.getAuthorities()).isEmpty();
		assertThat(auth.caller().username()).isEqualTo("abc");
		assertThat(auth.caller().displayName()).isEqualTo("abc");
		assertThat(auth.caller().orgUnitCode()).isNull();
	}

	@Test
	void aSelfRegisteredCitizenLearnsAsALearnerOfTheCommuneTheyLiveIn() {
		Jwt jwt = Jwt.withTokenValue("t")
			.header("alg", "RS256")
			.subject("c1")
			.claim("preferred_username", "hoa84")
			.claim("realm_access", Map.of("roles", List.of("CITIZEN", "default-roles-hocso")))
			.claim("commune", "NA-VINH-LEMAO")
			.issuedAt(Instant.now())
			.expiresAt(Instant.now().plusSeconds(60))
			.build();

		CallerAuthentication auth = converter.convert(jwt);

		assertThat(auth.caller().roles()).containsExactlyInAnyOrder(Role.CITIZEN, Role.LEARNER);
		assertThat(auth.caller().orgUnitCode()).isEqualTo("NA-VINH-LEMAO");
	}

	@Test
	void anOfficialIsNeverACitizenEvenIfKeycloakGaveThemTheDefaultGroup() {
		Jwt jwt = Jwt.withTokenValue("t")
			.header("alg", "RS256")
			.subject("o1")
			.claim("preferred_username", "annv12")
			.claim("realm_access", Map.of("roles", List.of("CITIZEN", "LEARNER")))
			.claim("org_unit", "NA-DIENCHAU-DIENKY")
			.claim("commune", "NA-VINH-LEMAO")
			.issuedAt(Instant.now())
			.expiresAt(Instant.now().plusSeconds(60))
			.build();

		CallerAuthentication auth = converter.convert(jwt);

		assertThat(auth.caller().roles()).containsExactly(Role.LEARNER);
		assertThat(auth.caller().orgUnitCode()).isEqualTo("NA-DIENCHAU-DIENKY");
		assertThat(auth.getAuthorities()).extracting(GrantedAuthority::getAuthority).containsExactly("ROLE_LEARNER");
	}

	@Test
	void roleNamesAreCaseSensitiveLikeKeycloaks() {
		CallerAuthentication auth = converter.convert(token(Map.of("roles", List.of("admin", "Admin"))));

		assertThat(auth.getAuthorities()).isEmpty();
	}

	private static Jwt token(Map<String, Object> realmAccess) {
		return Jwt.withTokenValue("t")
			.header("alg", "RS256")
			.subject("5f0c")
			.claim("preferred_username", "demo.learner")
			.claim("name", "Đặng Quốc Hưng")
			.claim("org_unit", "NA-DIENCHAU-DIENKY")
			.claim("realm_access", realmAccess)
			.issuedAt(Instant.now())
			.expiresAt(Instant.now().plusSeconds(300))
			.build();
	}

	@Test
	void aCommunityHelperIsAnOfficialOfTheirTeamNeverACitizen() {
		Jwt jwt = Jwt.withTokenValue("t")
			.header("alg", "RS256")
			.subject("h1")
			.claim("preferred_username", "phuongdt7")
			.claim("realm_access", Map.of("roles", List.of("COMMUNITY_HELPER", "CITIZEN", "default-roles-hocso")))
			.claim("org_unit", "NA-DIENCHAU-DIENKY-TCNS")
			.issuedAt(Instant.now())
			.expiresAt(Instant.now().plusSeconds(60))
			.build();

		CallerAuthentication auth = converter.convert(jwt);

		assertThat(auth.caller().roles()).containsExactly(Role.COMMUNITY_HELPER);
		assertThat(auth.caller().orgUnitCode()).isEqualTo("NA-DIENCHAU-DIENKY-TCNS");
	}

}
