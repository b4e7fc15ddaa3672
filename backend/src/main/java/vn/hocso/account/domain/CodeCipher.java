package vn.hocso.account.domain;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.jspecify.annotations.Nullable;

/**
 * Keeps activation codes readable for the account sheets without storing them in clear:
 * AES-256-GCM with a configured key (never in the database), a fresh 96-bit nonce per
 * code.
 */
public final class CodeCipher {

	private static final int NONCE_BYTES = 12;

	private final @Nullable SecretKey key;

	private final SecureRandom random = new SecureRandom();

	public CodeCipher(String base64Key) {
		if (base64Key.isBlank()) {
			// Without a key the application still runs; issuing accounts fails, saying
			// what to set.
			this.key = null;
			return;
		}
		byte[] bytes = Base64.getDecoder().decode(base64Key.trim());
		if (bytes.length != 32) {
			throw new IllegalStateException("hocso.account.sheet-key must be 32 bytes (base64), got " + bytes.length);
		}
		this.key = new SecretKeySpec(bytes, "AES");
	}

	public String encrypt(String code) {
		try {
			byte[] nonce = new byte[NONCE_BYTES];
			random.nextBytes(nonce);
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.ENCRYPT_MODE, key(), new GCMParameterSpec(128, nonce));
			byte[] sealed = cipher.doFinal(code.getBytes(StandardCharsets.UTF_8));
			byte[] out = new byte[NONCE_BYTES + sealed.length];
			System.arraycopy(nonce, 0, out, 0, NONCE_BYTES);
			System.arraycopy(sealed, 0, out, NONCE_BYTES, sealed.length);
			return Base64.getEncoder().encodeToString(out);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("AES-GCM unavailable", ex);
		}
	}

	/** Fails (before any account is created) when no key is configured. */
	public void requireKey() {
		key();
	}

	private SecretKey key() {
		if (key == null) {
			throw new IllegalStateException(
					"hocso.account.sheet-key is not set: give a base64 AES-256 key in HOCSO_ACCOUNT_SHEET_KEY");
		}
		return key;
	}

	public String decrypt(String ciphertext) {
		try {
			byte[] in = Base64.getDecoder().decode(ciphertext);
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.DECRYPT_MODE, key(), new GCMParameterSpec(128, in, 0, NONCE_BYTES));
			return new String(cipher.doFinal(in, NONCE_BYTES, in.length - NONCE_BYTES), StandardCharsets.UTF_8);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("an activation code could not be decrypted (wrong sheet key?)", ex);
		}
	}

}
