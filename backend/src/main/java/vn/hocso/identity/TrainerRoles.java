package vn.hocso.identity;

import java.util.Optional;

/**
 * The TRAINER realm role in Keycloak, granted and revoked through the app (issue 16, ADR
 * 0350) by the service account, which may map that role and no other.
 */
public interface TrainerRoles {

	/**
	 * Whether the user holds TRAINER directly; empty when Keycloak has no user of that
	 * name.
	 */
	Optional<Boolean> isTrainer(String username);

	/**
	 * Maps TRAINER to the user (nothing changes if they hold it); false when there is no
	 * such user.
	 */
	boolean grant(String username);

	/**
	 * Removes TRAINER from the user (nothing changes if they do not hold it); false when
	 * there is no such user.
	 */
	boolean revoke(String username);

}
