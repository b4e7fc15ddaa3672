package vn.hocso.identity;

import org.jspecify.annotations.Nullable;

/**
 * A citizen's account created by a community helper on their behalf (ADR 0380): in group
 * {@code /citizens}, with the commune and the figures the citizen gave, and an activation
 * code as its temporary, pre-hashed password (like an official's).
 */
public record AssistedCitizenUser(String username, String firstName, String lastName, String communeCode, int birthYear,
		@Nullable String gender, String activationCode) {

	@Override
	public String toString() {
		return "AssistedCitizenUser[" + username + "]";
	}

}
