package vn.hocso.identity;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * The one place that reads Keycloak's token layout: realm roles
 * ({@code realm_access.roles}) become {@code ROLE_*} authorities (roles we do not know,
 * like {@code offline_access}, are dropped), and {@code preferred_username}, {@code name}
 * and {@code org_unit} become the {@link Caller}.
 */
class KeycloakRoleConverter implements Converter<Jwt, CallerAuthentication> {

	static final String ORG_UNIT_CLAIM = "org_unit";

	/**
	 * A citizen's commune (unit code), a Keycloak user attribute only the app sets (ADR
	 * 0370).
	 */
	static final String COMMUNE_CLAIM = "commune";

	@Override
	public CallerAuthentication convert(Jwt jwt) {
		Set<Role> roles = realmRoles(jwt);
		String username = firstNonBlank(jwt.getClaimAsString("preferred_username"), jwt.getSubject());
		String displayName = firstNonBlank(jwt.getClaimAsString("name"), username);
		String orgUnit = jwt.getClaimAsString(ORG_UNIT_CLAIM);
		if (roles.contains(Role.CITIZEN)) {
			if (roles.stream().anyMatch(Role.OFFICIAL::contains)) {
				// Every new Keycloak account joins /citizens by default; an official
				// never acts as a citizen.
				roles.remove(Role.CITIZEN);
			}
			else {
				// A citizen learns through the learners' own endpoints; their unit is the
				// commune they live in.
				roles.add(Role.LEARNER);
				orgUnit = jwt.getClaimAsString(COMMUNE_CLAIM);
			}
		}
		Caller caller = new Caller(username, displayName, roles,
				orgUnit == null || orgUnit.isBlank() ? null : orgUnit.strip());
		List<SimpleGrantedAuthority> authorities = roles.stream()
			.map(role -> new SimpleGrantedAuthority(role.authority()))
			.toList();
		return new CallerAuthentication(jwt, authorities, caller);
	}

	private static Set<Role> realmRoles(Jwt jwt) {
		Set<Role> roles = EnumSet.noneOf(Role.class);
		if (jwt.getClaim("realm_access") instanceof Map<?, ?> realmAccess
				&& realmAccess.get("roles") instanceof Collection<?> names) {
			for (Object name : names) {
				Role.fromRealmRole(String.valueOf(name)).ifPresent(roles::add);
			}
		}
		return roles;
	}

	private static String firstNonBlank(@Nullable String first, @Nullable String second) {
		return first != null && !first.isBlank() ? first : (second == null ? "" : second);
	}

}
