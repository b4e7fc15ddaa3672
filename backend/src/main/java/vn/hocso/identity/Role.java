package vn.hocso.identity;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The realm roles of the Keycloak realm; each becomes the authority {@code ROLE_<name>}.
 */
public enum Role {

	ADMIN, REPORTER, VERIFIER, UNIT_ADMIN, TRAINER, LEARNER,

	/**
	 * A self-registered citizen (Keycloak group /citizens); also a learner of open
	 * courses.
	 */
	CITIZEN,

	/** A member of a commune's community digital team (Tổ công nghệ số cộng đồng). */
	COMMUNITY_HELPER;

	/**
	 * Roles of officials and staff: an account holding one is never treated as a citizen.
	 * A community helper is an official of a commune or its team (ADR 0380).
	 */
	static final Set<Role> OFFICIAL = EnumSet.of(ADMIN, REPORTER, VERIFIER, UNIT_ADMIN, TRAINER, LEARNER,
			COMMUNITY_HELPER);

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
