package vn.hocso.identity;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where Keycloak is and what its tokens must say.
 *
 * @param url Keycloak's base URL as browsers and this server reach it (the issuer's base too)
 * @param realm the realm whose tokens are accepted
 * @param audience the audience every access token must carry
 * @param webClientId the public client the browser app logs in with
 * @param clockSkew how much clock difference is tolerated on exp/nbf
 */
@ConfigurationProperties("hocso.keycloak")
record KeycloakProperties(String url, String realm, String audience, String webClientId, Duration clockSkew) {

	String issuer() {
		return url + "/realms/" + realm;
	}

	String jwkSetUri() {
		return issuer() + "/protocol/openid-connect/certs";
	}

}
