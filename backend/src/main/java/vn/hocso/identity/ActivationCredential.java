package vn.hocso.identity;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * An activation code as a pre-hashed Keycloak password credential (PBKDF2-SHA256,
 * Keycloak's {@code pbkdf2-sha256} format), so that Keycloak stores it without running
 * its slow argon2 hash. Few iterations suffice: the code carries ≥ 80 random bits, which
 * no stretching could add to. The learner's own password, chosen at first login, is
 * hashed by Keycloak with the realm's default.
 */
final class ActivationCredential {

	static final int ITERATIONS = 1_000;

	private static final SecureRandom random = new SecureRandom();

	private ActivationCredential() {
	}

	static Map<String, Object> of(String code) {
		byte[] salt = new byte[16];
		random.nextBytes(salt);
		Base64.Encoder base64 = Base64.getEncoder();
		String secretData = "{\"value\":\"" + base64.encodeToString(hash(code, salt, ITERATIONS)) + "\",\"salt\":\""
				+ base64.encodeToString(salt) + "\",\"additionalParameters\":{}}";
		String credentialData = "{\"hashIterations\":" + ITERATIONS
				+ ",\"algorithm\":\"pbkdf2-sha256\",\"additionalParameters\":{}}";
		return Map.of("type", "password", "temporary", true, "secretData", secretData, "credentialData",
				credentialData);
	}

	static byte[] hash(String code, byte[] salt, int iterations) {
		try {
			PBEKeySpec spec = new PBEKeySpec(code.toCharArray(), salt, iterations, 256);
			return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("PBKDF2WithHmacSHA256 unavailable", ex);
		}
	}

}
