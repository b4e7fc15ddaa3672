package vn.hocso.platform.secrets;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;

/**
 * What must be a real secret outside the demo, and what is wrong with each. One finding
 * per setting, each naming the property and its environment variable, so that one
 * start-up failure lists them all.
 */
final class SecretsCheck {

	private final Environment environment;

	private final PublishedSecrets published;

	private final ResourceLoader resources;

	SecretsCheck(Environment environment, PublishedSecrets published) {
		this.environment = environment;
		this.published = published;
		this.resources = new DefaultResourceLoader(SecretsCheck.class.getClassLoader());
	}

	List<String> findings() {
		List<String> findings = new ArrayList<>();
		plainSecret(findings, "hocso.keycloak.admin-client-secret", "HOCSO_KEYCLOAK_ADMIN_CLIENT_SECRET",
				"the secret Keycloak generated for the service-account client (Clients > hocso-backend > Credentials)");
		plainSecret(findings, "hocso.account.sheet-key", "HOCSO_ACCOUNT_SHEET_KEY",
				"a fresh 32-byte key in base64: openssl rand -base64 32");
		keyFile(findings, "hocso.certificates.signing.private-key", "HOCSO_CERTIFICATES_PRIVATE_KEY",
				"the location of your own Ed25519 key (file:/etc/hocso/cert-2026-private.pem; docs/operations.md \"Certificate keys and rotation\")");
		Map<String, String> publicKeys = Binder.get(environment)
			.bind("hocso.certificates.public-keys", Bindable.mapOf(String.class, String.class))
			.orElse(Map.of());
		publicKeys.forEach((id, location) -> {
			String content = read(location);
			if (content != null && published.isPublished(content)) {
				findings.add("hocso.certificates.public-keys." + id + " is the published demo public key: "
						+ "certificates anyone signs with the published demo private key would verify; remove it");
			}
		});
		storage(findings);
		String linkSecret = value("hocso.media.link-secret");
		int nodes = environment.getProperty("hocso.nodes", Integer.class, 1);
		if (linkSecret.isBlank()) {
			if (nodes > 1) {
				findings.add("hocso.media.link-secret (HOCSO_MEDIA_LINK_SECRET) is not set, but hocso.nodes is " + nodes
						+ ": every node must sign media links with the same key (openssl rand -base64 32)");
			}
		}
		else if (published.isPublished(linkSecret)) {
			findings.add("hocso.media.link-secret (HOCSO_MEDIA_LINK_SECRET) is a value published in this repository: "
					+ "set a fresh one (openssl rand -base64 32)");
		}
		return findings;
	}

	/**
	 * With files in the object store, its address and account must be given, and not the
	 * dev script's.
	 */
	private void storage(List<String> findings) {
		if (!"s3".equalsIgnoreCase(value("hocso.storage.type").strip())) {
			return;
		}
		for (String[] setting : new String[][] { { "endpoint", "the object store's S3 API URL" },
				{ "bucket", "the bucket the files are kept in" },
				{ "access-key", "the access key id of Học Số's account" } }) {
			String property = "hocso.storage.s3." + setting[0];
			if (value(property).isBlank()) {
				findings.add(property + " (HOCSO_STORAGE_S3_" + setting[0].toUpperCase(Locale.ROOT).replace('-', '_')
						+ ") is not set, but hocso.storage.type is s3: give " + setting[1]);
			}
		}
		plainSecret(findings, "hocso.storage.s3.secret-key", "HOCSO_STORAGE_S3_SECRET_KEY",
				"the secret access key of Học Số's account in the object store");
	}

	private void plainSecret(List<String> findings, String property, String variable, String remedy) {
		String value = value(property);
		if (value.isBlank()) {
			findings.add(property + " (" + variable + ") is not set: give " + remedy);
		}
		else if (published.isPublished(value)) {
			findings.add(property + " (" + variable + ") is a value published in this repository: give " + remedy);
		}
	}

	private void keyFile(List<String> findings, String property, String variable, String remedy) {
		String location = value(property);
		if (location.isBlank()) {
			findings.add(property + " (" + variable + ") is not set: give " + remedy);
			return;
		}
		String content = read(location);
		if (content == null) {
			findings.add(property + " (" + variable + ") cannot be read at " + location + ": give " + remedy);
		}
		else if (published.isPublished(content)) {
			findings.add(property + " (" + variable + ") is the demo key published in this repository "
					+ "(its private half is public): give " + remedy);
		}
	}

	private String value(String property) {
		String value = environment.getProperty(property);
		return value == null ? "" : value;
	}

	private @Nullable String read(String location) {
		Resource resource = resources.getResource(location.strip());
		if (!resource.exists()) {
			return null;
		}
		try (InputStream in = resource.getInputStream()) {
			return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
		}
		catch (IOException ex) {
			return null;
		}
	}

}
