package vn.hocso.identity;

/**
 * A Keycloak user after a create request: {@code created} is false when the username
 * already existed.
 */
public record ProvisionedUser(String userId, boolean created) {
}
