package vn.hocso.platform.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The fingerprint list knows every secret this repository publishes for the demo, so that
 * a demo value added later cannot reach production unnoticed; and the test-only values
 * are not on it.
 */
class PublishedSecretsListTests {

	private static final Path ROOT = Path.of("..");

	private final PublishedSecrets published = PublishedSecrets.load();

	@Test
	void everyClientSecretOfTheDemoRealmIsListedExceptTheTestsOwn() throws Exception {
		JsonNode realm = JsonMapper.shared()
			.readTree(Files.readString(ROOT.resolve("seed-data/keycloak/hocso-realm-demo.json")));
		int checked = 0;
		for (JsonNode client : realm.get("clients")) {
			if (client.has("secret") && !client.get("clientId").asString().endsWith("-test")) {
				assertThat(published.isPublished(client.get("secret").asString())).as(client.get("clientId").asString())
					.isTrue();
				checked++;
			}
		}
		assertThat(checked).isPositive();
	}

	@Test
	void theProductionTemplateCarriesNoSecret() throws Exception {
		String template = Files.readString(ROOT.resolve("infra/keycloak/hocso-realm-template.json"));
		assertThat(template).doesNotContain("\"secret\"");
	}

	@Test
	void everyDefaultSecretOfTheDemoProfileIsListed() throws Exception {
		String demo = Files.readString(Path.of("src/main/resources/application-demo.yml"));
		Matcher defaults = Pattern
			.compile("\\$\\{HOCSO_(?:ACCOUNT_SHEET_KEY|KEYCLOAK_ADMIN_CLIENT_SECRET|MEDIA_LINK_SECRET):([^}]+)}")
			.matcher(demo);
		int checked = 0;
		while (defaults.find()) {
			assertThat(published.isPublished(defaults.group(1))).as(defaults.group(1)).isTrue();
			checked++;
		}
		assertThat(checked).isEqualTo(2);
	}

	@Test
	void theSecretKeyOfTheLocalObjectStoreIsListed() throws Exception {
		String script = Files.readString(ROOT.resolve("infra/s3/s3.sh"));
		Matcher secret = Pattern.compile("S3_SECRET_KEY=\"?\\$\\{S3_SECRET_KEY:-([^}]+)}").matcher(script);
		assertThat(secret.find()).isTrue();
		assertThat(published.isPublished(secret.group(1))).as(secret.group(1)).isTrue();
		assertThat(published.isPublished(vn.hocso.testing.S3TestServer.SECRET_KEY)).as("the tests' own").isFalse();
	}

	@Test
	void theDemoCertificateKeysAreListedAndTheTestKeysAreNot() throws Exception {
		for (String name : new String[] { "demo-2026-private.pem", "demo-2026-public.pem" }) {
			assertThat(published.isPublished(Files.readString(ROOT.resolve("seed-data/certificates/" + name)))).as(name)
				.isTrue();
		}
		for (String name : new String[] { "test-2026-private.pem", "test-2026-public.pem" }) {
			assertThat(published.isPublished(Files.readString(Path.of("src/test/resources/test-certificates/" + name))))
				.as(name)
				.isFalse();
		}
	}

	@Test
	void nothingMainDefaultsToASecret() throws Exception {
		String main = Files.readString(Path.of("src/main/resources/application.yml"));
		for (String variable : new String[] { "HOCSO_KEYCLOAK_ADMIN_CLIENT_SECRET", "HOCSO_ACCOUNT_SHEET_KEY",
				"HOCSO_CERTIFICATES_PRIVATE_KEY", "HOCSO_MEDIA_LINK_SECRET" }) {
			assertThat(main).as(variable).contains("${" + variable + ":}");
		}
	}

}
