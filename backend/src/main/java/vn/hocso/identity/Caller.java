package vn.hocso.identity;

import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * The person behind a request, as Keycloak vouches for them.
 *
 * @param orgUnitCode the code of the org unit the account is attached to (claim
 * {@code org_unit}), or null for an account without one
 */
public record Caller(String username, String displayName, Set<Role> roles, @Nullable String orgUnitCode) {

	public Caller {
		roles = Set.copyOf(roles);
	}

	public boolean has(Role role) {
		return roles.contains(role);
	}

	public boolean hasAny(Role... wanted) {
		for (Role role : wanted) {
			if (roles.contains(role)) {
				return true;
			}
		}
		return false;
	}

}
