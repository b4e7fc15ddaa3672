package vn.hocso.platform.secrets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

import vn.hocso.HocSoApplication;

/**
 * The real application started with a non-demo profile ("production"): refused with each
 * secret missing or published, started with fresh values. The refusals happen before any
 * bean exists.
 */
class SecretsGuardTests {

	private static final String PUBLISHED_KEYCLOAK_SECRET = "hocso-backend-demo-secret";

	/** The secret key infra/s3/s3.sh gives its local object store. */
	private static final String PUBLISHED_S3_SECRET = "hocso-dev-s3-secret";

	private static final String PUBLISHED_SHEET_KEY = "ZGVtby1vbmx5LWhvY3NvLXNoZWV0LWtleS0zMmJ5dGU=";

	@TempDir
	Path dir;

	private Map<String, String> real;

	@BeforeEach
	void freshSecrets() throws Exception {
		byte[] sheetKey = new byte[32];
		new SecureRandom().nextBytes(sheetKey);
		KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
		Path privateKey = pem(dir.resolve("own-private.pem"), "PRIVATE KEY", pair.getPrivate().getEncoded());
		Path publicKey = pem(dir.resolve("own-public.pem"), "PUBLIC KEY", pair.getPublic().getEncoded());
		real = new LinkedHashMap<>();
		real.put("hocso.keycloak.admin-client-secret", UUID.randomUUID().toString());
		real.put("hocso.account.sheet-key", Base64.getEncoder().encodeToString(sheetKey));
		real.put("hocso.certificates.signing.key-id", "own-2026");
		real.put("hocso.certificates.signing.private-key", "file:" + privateKey);
		real.put("hocso.certificates.public-keys.own-2026", "file:" + publicKey);
	}

	@Test
	void refusesAMissingKeycloakServiceAccountSecret() {
		real.remove("hocso.keycloak.admin-client-secret");
		assertThat(refusal()).singleElement()
			.asString()
			.startsWith("hocso.keycloak.admin-client-secret (HOCSO_KEYCLOAK_ADMIN_CLIENT_SECRET) is not set");
	}

	@Test
	void refusesThePublishedKeycloakServiceAccountSecret() {
		real.put("hocso.keycloak.admin-client-secret", PUBLISHED_KEYCLOAK_SECRET);
		assertThat(refusal()).singleElement()
			.asString()
			.startsWith("hocso.keycloak.admin-client-secret (HOCSO_KEYCLOAK_ADMIN_CLIENT_SECRET) is a value published");
	}

	@Test
	void refusesAMissingSheetKey() {
		real.remove("hocso.account.sheet-key");
		assertThat(refusal()).singleElement()
			.asString()
			.startsWith("hocso.account.sheet-key (HOCSO_ACCOUNT_SHEET_KEY) is not set");
	}

	@Test
	void refusesThePublishedSheetKeyEvenReEncoded() {
		// The same 32 bytes in URL-safe base64 without padding are still the published
		// key.
		byte[] bytes = Base64.getDecoder().decode(PUBLISHED_SHEET_KEY);
		real.put("hocso.account.sheet-key", Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
		assertThat(refusal()).singleElement()
			.asString()
			.startsWith("hocso.account.sheet-key (HOCSO_ACCOUNT_SHEET_KEY) is a value published");
	}

	@Test
	void refusesAMissingCertificateSigningKey() {
		real.remove("hocso.certificates.signing.private-key");
		assertThat(refusal()).singleElement()
			.asString()
			.startsWith("hocso.certificates.signing.private-key (HOCSO_CERTIFICATES_PRIVATE_KEY) is not set");
	}

	@Test
	void refusesToSignCertificatesWithTheDemoKey() {
		real.put("hocso.certificates.signing.key-id", "demo-2026");
		real.put("hocso.certificates.signing.private-key", "classpath:seed-data/certificates/demo-2026-private.pem");
		assertThat(refusal()).singleElement()
			.asString()
			.startsWith("hocso.certificates.signing.private-key (HOCSO_CERTIFICATES_PRIVATE_KEY) is the demo key");
	}

	@Test
	void refusesToTrustTheDemoPublicKey() {
		real.put("hocso.certificates.public-keys.demo-2026", "classpath:seed-data/certificates/demo-2026-public.pem");
		assertThat(refusal()).singleElement()
			.asString()
			.startsWith("hocso.certificates.public-keys.demo-2026 is the published demo public key");
	}

	@Test
	void refusesAMissingMediaLinkSecretWithMoreThanOneNode() {
		real.put("hocso.nodes", "2");
		assertThat(refusal()).singleElement()
			.asString()
			.startsWith("hocso.media.link-secret (HOCSO_MEDIA_LINK_SECRET) is not set, but hocso.nodes is 2");
	}

	@Test
	void refusesFilesInTheObjectStoreWithoutItsAddressAndAccount() {
		real.put("hocso.storage.type", "s3");
		assertThat(refusal()).containsExactly(
				"hocso.storage.s3.endpoint (HOCSO_STORAGE_S3_ENDPOINT) is not set, but hocso.storage.type is s3: give the object store's S3 API URL",
				"hocso.storage.s3.bucket (HOCSO_STORAGE_S3_BUCKET) is not set, but hocso.storage.type is s3: give the bucket the files are kept in",
				"hocso.storage.s3.access-key (HOCSO_STORAGE_S3_ACCESS_KEY) is not set, but hocso.storage.type is s3: give the access key id of Học Số's account",
				"hocso.storage.s3.secret-key (HOCSO_STORAGE_S3_SECRET_KEY) is not set: give the secret access key of Học Số's account in the object store");
	}

	@Test
	void refusesTheDevelopmentObjectStoreSecret() {
		real.put("hocso.storage.type", "s3");
		real.put("hocso.storage.s3.endpoint", "https://s3.hocso.example.vn");
		real.put("hocso.storage.s3.bucket", "hocso");
		real.put("hocso.storage.s3.access-key", "hocso-dev");
		real.put("hocso.storage.s3.secret-key", PUBLISHED_S3_SECRET);
		assertThat(refusal()).singleElement()
			.asString()
			.startsWith("hocso.storage.s3.secret-key (HOCSO_STORAGE_S3_SECRET_KEY) is a value published");
	}

	@Test
	void listsEverythingMissingInOneMessage() {
		real.clear();
		real.put("hocso.nodes", "3");
		assertThatThrownBy(() -> start(WebApplicationType.NONE)).isInstanceOf(UnsafeSecretsException.class)
			.satisfies(ex -> assertThat(((UnsafeSecretsException) ex).findings()).hasSize(4))
			.hasMessageContaining("hocso.keycloak.admin-client-secret")
			.hasMessageContaining("hocso.account.sheet-key")
			.hasMessageContaining("hocso.certificates.signing.private-key")
			.hasMessageContaining("hocso.media.link-secret");
	}

	@Test
	void theDemoProfileKeepsItsPublishedSecrets() {
		SecretsGuard guard = new SecretsGuard();
		var environment = new org.springframework.core.env.StandardEnvironment();
		environment.setActiveProfiles("demo");
		guard.postProcessEnvironment(environment, new SpringApplication());
		environment.setActiveProfiles("production");
		assertThatThrownBy(() -> guard.postProcessEnvironment(environment, new SpringApplication()))
			.isInstanceOf(UnsafeSecretsException.class);
	}

	@Test
	void startsCleanlyWithFreshSecretsOnTwoNodes() {
		real.put("hocso.nodes", "2");
		real.put("hocso.media.link-secret", UUID.randomUUID().toString());
		// Even when asked for, the demo scenario (which signs in with an unsigned token)
		// does not exist here.
		real.put("hocso.demo.scenario.learners", "classpath:seed-data/demo/learners.json");
		try (ConfigurableApplicationContext context = start(WebApplicationType.SERVLET)) {
			assertThat(context.isActive()).isTrue();
			assertThat(context.getEnvironment().getActiveProfiles()).containsExactly("production");
			assertThat(context.getBeanDefinitionNames()).noneMatch(name -> name.toLowerCase().contains("demoscenario"));
			assertThat(context.getEnvironment().getProperty("springdoc.api-docs.enabled")).isEqualTo("false");
		}
	}

	private List<String> refusal() {
		try (ConfigurableApplicationContext context = start(WebApplicationType.NONE)) {
			throw new AssertionError("started although a secret is missing or published");
		}
		catch (UnsafeSecretsException ex) {
			return ex.findings();
		}
	}

	private ConfigurableApplicationContext start(WebApplicationType type) {
		List<String> args = new ArrayList<>();
		// On the command line, so that it replaces the "test" profile the build sets as a
		// system property.
		args.add("--spring.profiles.active=production");
		args.add("--hocso.data-dir=" + dir);
		args.add("--spring.datasource.url=jdbc:h2:mem:secrets-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
		args.add("--server.port=0");
		real.forEach((key, value) -> args.add("--" + key + "=" + value));
		SpringApplication application = new SpringApplication(HocSoApplication.class);
		application.setWebApplicationType(type);
		return application.run(args.toArray(String[]::new));
	}

	private static Path pem(Path file, String type, byte[] der) throws IOException {
		String body = Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der);
		return Files.writeString(file, "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n");
	}

}
