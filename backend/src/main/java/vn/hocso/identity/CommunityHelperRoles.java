package vn.hocso.identity;

/**
 * The COMMUNITY_HELPER realm role in Keycloak, granted and revoked through the app (issue
 * 17, ADR 0380) by the service account, which may map it and TRAINER and no other role.
 */
public interface CommunityHelperRoles {

	/**
	 * Maps COMMUNITY_HELPER to the user (nothing changes if they hold it); false when
	 * there is no such user.
	 */
	boolean grantCommunityHelper(String username);

	/**
	 * Removes COMMUNITY_HELPER from the user (nothing changes if they do not hold it);
	 * false when there is no such user.
	 */
	boolean revokeCommunityHelper(String username);

}
