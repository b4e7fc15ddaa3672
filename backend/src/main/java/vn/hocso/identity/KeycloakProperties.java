package vn.hocso.identity;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where Keycloak is and what its tokens must say.
 *
 * @param url Keycloak's base URL as browsers and this server reach it (the issuer's base
 * too)
 * @param realm the realm whose tokens are accepted
 * @param audience the audience every access token must carry
 * @param webClientId the public client the browser app logs in with
 * @param clockSkew how much clock difference is tolerated on exp/nbf
 * @param adminClientId the confidential client whose service account administers users
 * @param adminClientSecret its secret (the default is the demo realm's, demo-only)
 * @param verifiedTokenCacheSize how many verified access tokens are remembered until they
 * expire (0: none)
 */
@ConfigurationProperties("hocso.keycloak")
record KeycloakProperties(String url, String realm, String audience, String webClientId, Duration clockSkew,
		String adminClientId, String adminClientSecret, int verifiedTokenCacheSize) {

	String issuer() {
		return url + "/realms/" + realm;
	}

	String tokenUri() {
		return issuer() + "/protocol/openid-connect/token";
	}

	String adminRealmUri() {
		return url + "/admin/realms/" + realm;
	}

	String jwkSetUri() {
		return issuer() + "/protocol/openid-connect/certs";
	}

}
