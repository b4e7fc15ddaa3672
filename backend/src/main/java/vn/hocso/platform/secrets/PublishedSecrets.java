package vn.hocso.platform.secrets;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * SHA-256 fingerprints of every secret value committed to this repository for the demo
 * (the realm's client secret, the sheet key, the certificate key pair), read from
 * {@code classpath:security/published-secrets.sha256}. Only fingerprints ship, so the
 * list itself publishes nothing new; a value is compared as text and, where it decodes,
 * as its base64 or PEM bytes, so that re-encoding a published key does not pass.
 */
public final class PublishedSecrets {

	static final String LOCATION = "security/published-secrets.sha256";

	private final Set<String> fingerprints;

	PublishedSecrets(Set<String> fingerprints) {
		this.fingerprints = Set.copyOf(fingerprints);
	}

	public static PublishedSecrets load() {
		try (InputStream in = PublishedSecrets.class.getClassLoader().getResourceAsStream(LOCATION)) {
			if (in == null) {
				throw new IllegalStateException("classpath:" + LOCATION + " is missing from the build");
			}
			Set<String> prints = new LinkedHashSet<>();
			for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
				String trimmed = line.strip();
				if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
					prints.add(trimmed.split("\\s+")[0].toLowerCase(Locale.ROOT));
				}
			}
			return new PublishedSecrets(prints);
		}
		catch (IOException ex) {
			throw new IllegalStateException("cannot read classpath:" + LOCATION, ex);
		}
	}

	/**
	 * True when the text, or the bytes it decodes to (base64 or PEM), is a published
	 * value.
	 */
	public boolean isPublished(String value) {
		for (byte[] candidate : candidates(value)) {
			if (fingerprints.contains(fingerprint(candidate))) {
				return true;
			}
		}
		return false;
	}

	public static String fingerprint(byte[] value) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(value));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * The forms a value is compared in: its text, and its decoded bytes when it is base64
	 * or a PEM block.
	 */
	static List<byte[]> candidates(String value) {
		List<byte[]> forms = new ArrayList<>();
		String text = value.strip();
		forms.add(text.getBytes(StandardCharsets.UTF_8));
		String body = text.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
		for (Base64.Decoder decoder : new Base64.Decoder[] { Base64.getDecoder(), Base64.getUrlDecoder() }) {
			try {
				byte[] decoded = decoder.decode(body);
				if (decoded.length > 0) {
					forms.add(decoded);
				}
			}
			catch (IllegalArgumentException ex) {
				// not base64: the text form is enough
			}
		}
		return forms;
	}

}
