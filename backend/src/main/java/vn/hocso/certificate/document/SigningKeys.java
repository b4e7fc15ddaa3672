package vn.hocso.certificate.document;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.interfaces.EdECPrivateKey;
import java.security.spec.NamedParameterSpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.boot.ssl.pem.PemContent;

/**
 * The issuer's Ed25519 keys: one private key that signs new certificates, under its key
 * id, and every public key ever used (rotation: old certificates keep verifying under
 * their own key id).
 */
public final class SigningKeys {

	private final String currentKeyId;

	private final PrivateKey signingKey;

	private final Map<String, PublicKey> publicKeys;

	public SigningKeys(String currentKeyId, PrivateKey signingKey, Map<String, PublicKey> publicKeys) {
		if (!publicKeys.containsKey(currentKeyId)) {
			throw new IllegalArgumentException(
					"The public key of the signing key '" + currentKeyId + "' is not published");
		}
		this.currentKeyId = currentKeyId;
		this.signingKey = signingKey;
		this.publicKeys = Collections.unmodifiableMap(new LinkedHashMap<>(publicKeys));
	}

	public String currentKeyId() {
		return currentKeyId;
	}

	public Map<String, PublicKey> publicKeys() {
		return publicKeys;
	}

	public Optional<PublicKey> publicKey(String keyId) {
		return Optional.ofNullable(publicKeys.get(keyId));
	}

	/** Ed25519 over these bytes with the current key; base64url without padding. */
	public String sign(byte[] data) {
		try {
			Signature signature = Signature.getInstance("Ed25519");
			signature.initSign(signingKey);
			signature.update(data);
			return Base64.getUrlEncoder().withoutPadding().encodeToString(signature.sign());
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Ed25519 signing failed", ex);
		}
	}

	public byte[] signRaw(byte[] data) {
		return Base64.getUrlDecoder().decode(sign(data));
	}

	/** Whether this base64url signature is valid for these bytes under the named key. */
	public boolean verify(String keyId, byte[] data, String signatureBase64Url) {
		return publicKey(keyId).map(key -> verify(key, data, signatureBase64Url)).orElse(false);
	}

	public static boolean verify(PublicKey key, byte[] data, String signatureBase64Url) {
		try {
			Signature signature = Signature.getInstance("Ed25519");
			signature.initVerify(key);
			signature.update(data);
			return signature.verify(Base64.getUrlDecoder().decode(signatureBase64Url));
		}
		catch (GeneralSecurityException | IllegalArgumentException ex) {
			return false;
		}
	}

	/**
	 * The 32 raw bytes of an Ed25519 public key (the end of its X.509 encoding), as JWK's
	 * "x".
	 */
	public static byte[] rawPublicKey(PublicKey key) {
		byte[] encoded = key.getEncoded();
		return Arrays.copyOfRange(encoded, encoded.length - 32, encoded.length);
	}

	/** An Ed25519 private key in PKCS#8 PEM, read by Spring Boot's {@link PemContent}. */
	public static PrivateKey readPrivateKey(InputStream pem) throws IOException {
		PrivateKey key;
		try {
			key = PemContent.load(pem).getPrivateKey();
		}
		catch (IllegalStateException ex) {
			throw new IOException("Not an Ed25519 private key in PKCS#8 PEM", ex);
		}
		if (key == null || !(key instanceof EdECPrivateKey edKey)
				|| !NamedParameterSpec.ED25519.getName().equals(edKey.getParams().getName())) {
			throw new IOException("Not an Ed25519 private key in PKCS#8 PEM");
		}
		return key;
	}

	/**
	 * An Ed25519 public key in PEM ({@code BEGIN PUBLIC KEY}: X.509
	 * SubjectPublicKeyInfo). Spring Boot's {@link PemContent} reads certificates and
	 * private keys only, so the base64 lines between the armour lines are decoded here.
	 */
	public static PublicKey readPublicKey(InputStream pem) throws IOException {
		String text = new String(pem.readAllBytes(), StandardCharsets.US_ASCII);
		String body = text.lines()
			.map(String::strip)
			.filter(line -> !line.startsWith("-----"))
			.collect(Collectors.joining());
		try {
			return KeyFactory.getInstance("Ed25519")
				.generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(body)));
		}
		catch (GeneralSecurityException | IllegalArgumentException ex) {
			throw new IOException("Not an Ed25519 public key in PEM", ex);
		}
	}

}
