package vn.hocso.account.domain;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param parallelism Keycloak requests in flight at once while issuing
 * @param codeLength activation code length in characters (5 bits each; at least 13)
 * @param codeExpiry how long an activation code stays valid; unused accounts are then
 * disabled
 * @param sheetKey base64 AES-256 key that encrypts activation codes until they expire
 * @param loginUrl the address printed on the account sheets
 */
@ConfigurationProperties("hocso.account")
public record AccountProperties(int parallelism, int codeLength, Duration codeExpiry, String sheetKey,
		String loginUrl) {
}
