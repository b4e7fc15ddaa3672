package vn.hocso.identity;

/**
 * A learner's Keycloak account as the account module asks for it. The activation code is
 * the account's first, temporary password; Keycloak forces the learner to replace it at
 * first login.
 */
public record LearnerUser(String username, String firstName, String lastName, String orgUnitCode,
		String activationCode) {

	@Override
	public String toString() {
		return "LearnerUser[" + username + "]";
	}

}
