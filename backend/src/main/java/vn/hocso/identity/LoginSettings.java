package vn.hocso.identity;

/** The public login settings of the browser app. */
public record LoginSettings(String keycloakUrl, String realm, String clientId) {
}
