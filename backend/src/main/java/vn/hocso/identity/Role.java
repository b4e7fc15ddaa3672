package vn.hocso.identity;

import java.util.Optional;

/** The realm roles of the Keycloak realm; each becomes the authority {@code ROLE_<name>}. */
public enum Role {

	ADMIN, REPORTER, VERIFIER, UNIT_ADMIN, TRAINER, LEARNER;

	public String authority() {
		return "ROLE_" + name();
	}

	static Optional<Role> fromRealmRole(String realmRole) {
		for (Role role : values()) {
			if (role.name().equals(realmRole)) {
				return Optional.of(role);
			}
		}
		return Optional.empty();
	}

}
