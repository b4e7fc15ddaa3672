package vn.hocso.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.EdECPoint;
import java.security.spec.EdECPublicKeySpec;
import java.security.spec.NamedParameterSpec;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.hocso.certificate.document.OpenBadgeCredentials;
import vn.hocso.certificate.document.SigningKeys;
import vn.hocso.certificate.domain.Certificate;
import vn.hocso.certificate.domain.CertificateFiles;
import vn.hocso.certificate.domain.CertificateIssuer;
import vn.hocso.certificate.domain.CertificateRepository;
import vn.hocso.certificate.domain.RegenerationJobs;
import vn.hocso.course.CourseCatalog;
import vn.hocso.enrolment.EnrolmentDirectory;
import vn.hocso.enrolment.WaveRef;
import vn.hocso.learner.LearnerDirectory;
import vn.hocso.learner.LearnerSummary;
import vn.hocso.organization.OrgUnitDirectory;
import vn.hocso.organization.OrgUnitSummary;
import vn.hocso.testing.KeycloakJwt;

/**
 * The certificate API over HTTP: public verification, downloads, scope, revocation,
 * re-issue.
 */
@CertificateModuleTest
class CertificateApiTests {

	private static final AtomicInteger CLIENTS = new AtomicInteger(1);

	@Autowired
	MockMvc mvc;

	@Autowired
	CertificateIssuer issuer;

	@Autowired
	OrgUnitDirectory units;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	SigningKeys signingKeys;

	@Autowired
	CertificateRepository repository;

	@Autowired
	RegenerationJobs regenerationJobs;

	@Autowired
	CertificateFiles files;

	@Autowired
	LearnerDirectory learners;

	@Autowired
	CourseCatalog courses;

	@Autowired
	EnrolmentDirectory enrolments;

	private final CertificateFixtures fixtures = new CertificateFixtures();

	private final ObjectMapper json = new ObjectMapper();

	/**
	 * Each test verifies from its own client address, so the rate limit of one does not
	 * spill into another (one instance serves all the tests of the class).
	 */
	private String clientIp = "";

	private OrgUnitSummary dienKy;

	@BeforeEach
	void registries() {
		fixtures.stubRegistries(learners, courses);
		clientIp = "10.0.%d.%d".formatted(CLIENTS.get() / 250, CLIENTS.getAndIncrement() % 250);
		dienKy = units.findSummaryByCode("NA-DIENCHAU-DIENKY").orElseThrow();
	}

	@Test
	void theVerificationJsonShowsAValidCertificateWithoutDateOfBirthOrIdNumber() throws Exception {
		Certificate certificate = issue("Nguyễn Thị Hồng Ánh", dienKy);

		mvc.perform(get("/api/public/certificates/{code}", certificate.getVerificationCode()).with(from(clientIp)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("VALID"))
			.andExpect(jsonPath("$.fullName").value("Nguyễn Thị Hồng Ánh"))
			.andExpect(jsonPath("$.courseTitle").value("Kỹ năng số cơ bản cho cán bộ, công chức"))
			.andExpect(jsonPath("$.completedOn").value("2026-11-20"))
			.andExpect(jsonPath("$.dateOfBirth").doesNotExist())
			.andExpect(jsonPath("$.dateOfBirthSalt").doesNotExist())
			.andExpect(jsonPath("$.formatVersion").value(2))
			.andExpect(jsonPath("$.signedContent").value(containsString("\"dateOfBirthCommitment\":\"")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString(certificate.getDateOfBirthSalt()))))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("1990"))))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("040190001234"))));
	}

	@Test
	void theVerificationJsonConfirmsTheDateOfBirthPrintedOnThePdfOnlyWithItsSalt() throws Exception {
		Certificate certificate = issue("Nguyễn Thị Hồng Ánh", dienKy);
		String code = certificate.getVerificationCode();

		mvc.perform(get("/api/public/certificates/{code}", code).param("dateOfBirth", "1990-05-17")
			.param("salt", certificate.getDateOfBirthSalt())
			.with(from(clientIp))).andExpect(jsonPath("$.dateOfBirthMatches").value(true));
		mvc.perform(get("/api/public/certificates/{code}", code).param("dateOfBirth", "1990-05-18")
			.param("salt", certificate.getDateOfBirthSalt())
			.with(from(clientIp))).andExpect(jsonPath("$.dateOfBirthMatches").value(false));
		mvc.perform(get("/api/public/certificates/{code}", code).param("dateOfBirth", "1990-05-17")
			.param("salt", "not a salt")
			.with(from(clientIp))).andExpect(jsonPath("$.dateOfBirthMatches").value(false));
		mvc.perform(get("/api/public/certificates/{code}", code).with(from(clientIp)))
			.andExpect(jsonPath("$.dateOfBirthMatches").value(org.hamcrest.Matchers.nullValue()));
	}

	@Test
	void aCertificateSignedInTheFormerFormatWithoutTheDateOfBirthStillVerifies() throws Exception {
		Certificate issued = issue("Hồ Văn Cũ", dienKy);
		jdbc.update("UPDATE certificate SET format_version = 1, date_of_birth_salt = NULL WHERE id = ?",
				issued.getId());
		Certificate former = repository.findById(issued.getId()).orElseThrow();
		String formerSignature = signingKeys.sign(former.content().canonicalJson().getBytes(StandardCharsets.UTF_8));
		jdbc.update("UPDATE certificate SET signature = ? WHERE id = ?", formerSignature, issued.getId());
		JsonNode keys = json
			.readTree(mvc.perform(get("/api/public/certificate-keys")).andReturn().getResponse().getContentAsString());

		JsonNode verification = json.readTree(
				mvc.perform(get("/api/public/certificates/{code}", issued.getVerificationCode()).with(from(clientIp)))
					.andReturn()
					.getResponse()
					.getContentAsString(StandardCharsets.UTF_8));

		assertThat(verification.get("formatVersion").asInt()).isEqualTo(1);
		assertThat(verification.get("signedContent").asText()).doesNotContain("dateOfBirthCommitment")
			.doesNotContain("formatVersion");
		assertThat(SigningKeys.verify(fromJwk(keys.get("keys").get(0).get("x").asText()),
				verification.get("signedContent").asText().getBytes(StandardCharsets.UTF_8), formerSignature))
			.isTrue();
		mvc.perform(
				get("/verify/{code}", issued.getVerificationCode()).param("sig", formerSignature).with(from(clientIp)))
			.andExpect(content().string(containsString("Chữ ký số trong mã QR hợp lệ")));
	}

	@Test
	void theVerificationPageShowsValidAndChecksTheQrSignature() throws Exception {
		Certificate certificate = issue("Đặng Quốc Hưng", dienKy);

		mvc.perform(get("/verify/{code}", certificate.getVerificationCode()).param("sig", certificate.getSignature())
			.with(from(clientIp)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-status=\"VALID\"")))
			.andExpect(content().string(containsString("Đặng Quốc Hưng")))
			.andExpect(content().string(containsString("Chữ ký số trong mã QR hợp lệ")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("17/05/1990"))));
	}

	@Test
	void anUnknownCodeIsNotFound() throws Exception {
		mvc.perform(get("/api/public/certificates/{code}", "0000000000000000").with(from(clientIp)))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.code").value("certificate.unknown"));
		mvc.perform(get("/verify/{code}", "0000000000000000").with(from(clientIp)))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("data-status=\"UNKNOWN\"")));
	}

	@Test
	void aRevokedCertificateShowsRevokedWithDateAndReason() throws Exception {
		Certificate certificate = issue("Trần Thị Lan", dienKy);

		mvc.perform(post("/api/certificates/{id}/revoke", certificate.getId()).with(admin())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"reason\":\"Cấp nhầm người\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("REVOKED"));

		mvc.perform(get("/api/public/certificates/{code}", certificate.getVerificationCode()).with(from(clientIp)))
			.andExpect(jsonPath("$.status").value("REVOKED"))
			.andExpect(jsonPath("$.revocationReason").value("Cấp nhầm người"))
			.andExpect(jsonPath("$.revokedAt").exists());
		mvc.perform(get("/verify/{code}", certificate.getVerificationCode()).with(from(clientIp)))
			.andExpect(content().string(containsString("data-status=\"REVOKED\"")))
			.andExpect(content().string(containsString("Cấp nhầm người")));
	}

	@Test
	void reissuingAfterANameCorrectionSupersedesTheOldCertificateWithALinkToTheNewOne() throws Exception {
		Certificate old = issue("Nguyen Thi Hong Anh", dienKy);
		LearnerSummary before = fixtures.registry.get(old.getLearnerId());
		fixtures.registry.put(before.id(), new LearnerSummary(before.id(), "Nguyễn Thị Hồng Ánh", before.dateOfBirth(),
				before.unitId(), before.unitCode(), before.unitPath(), before.category(), null, null, null, true));

		String answer = mvc.perform(post("/api/certificates/{id}/reissue", old.getId()).with(admin()))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.fullName").value("Nguyễn Thị Hồng Ánh"))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		String newCode = json.readTree(answer).get("verificationCode").asText();

		mvc.perform(get("/api/public/certificates/{code}", old.getVerificationCode()).with(from(clientIp)))
			.andExpect(jsonPath("$.status").value("SUPERSEDED"))
			.andExpect(jsonPath("$.supersededByCode").value(newCode))
			.andExpect(jsonPath("$.supersededByUrl").value("http://localhost:8080/verify/" + newCode));
		mvc.perform(get("/verify/{code}", old.getVerificationCode()).with(from(clientIp)))
			.andExpect(content().string(containsString("data-status=\"SUPERSEDED\"")))
			.andExpect(content().string(containsString("/verify/" + newCode)));
		mvc.perform(get("/api/public/certificates/{code}", newCode).with(from(clientIp)))
			.andExpect(jsonPath("$.status").value("VALID"));
	}

	@Test
	void onlyAnAdminRevokes() throws Exception {
		Certificate certificate = issue("Phạm Văn Tú", dienKy);

		mvc.perform(post("/api/certificates/{id}/revoke", certificate.getId())
			.with(KeycloakJwt.user("demo.unitadmin", "NA-DIENCHAU", "UNIT_ADMIN"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"reason\":\"x\"}")).andExpect(status().isForbidden());
	}

	@Test
	void tooManyVerificationsFromOneClientAnswer429WithRetryAfter() throws Exception {
		Certificate certificate = issue("Hoàng Minh Châu", dienKy);
		for (int i = 0; i < 30; i++) {
			mvc.perform(get("/api/public/certificates/{code}", certificate.getVerificationCode()).with(from(clientIp)))
				.andExpect(status().isOk());
		}
		// The budget is 30 a window (1 min, shared by all nodes): a new window may start
		// during the loop.
		var answer = mvc
			.perform(get("/api/public/certificates/{code}", certificate.getVerificationCode()).with(from(clientIp)));
		for (int extra = 1; extra < 30 && answer.andReturn().getResponse().getStatus() == 200; extra++) {
			answer = mvc.perform(
					get("/api/public/certificates/{code}", certificate.getVerificationCode()).with(from(clientIp)));
		}

		answer.andExpect(status().isTooManyRequests())
			.andExpect(header().exists("Retry-After"))
			.andExpect(jsonPath("$.status").value(429));
		mvc.perform(get("/api/public/certificates/{code}", certificate.getVerificationCode()).with(from("10.99.0.1")))
			.andExpect(status().isOk());
	}

	@Test
	void theSignatureVerifiesAgainstThePublishedKeyAndFailsForAlteredContent() throws Exception {
		Certificate certificate = issue("Võ Thị Sáu", dienKy);
		JsonNode keys = json.readTree(mvc.perform(get("/api/public/certificate-keys"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		JsonNode verification = json.readTree(mvc
			.perform(get("/api/public/certificates/{code}", certificate.getVerificationCode()).with(from(clientIp)))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8));

		JsonNode jwk = keys.get("keys").get(0);
		assertThat(jwk.get("kty").asText()).isEqualTo("OKP");
		assertThat(jwk.get("crv").asText()).isEqualTo("Ed25519");
		assertThat(jwk.get("kid").asText()).isEqualTo(verification.get("keyId").asText());
		PublicKey key = fromJwk(jwk.get("x").asText());
		byte[] signed = verification.get("signedContent").asText().getBytes(StandardCharsets.UTF_8);
		assertThat(SigningKeys.verify(key, signed, verification.get("signature").asText())).isTrue();
		byte[] altered = verification.get("signedContent")
			.asText()
			.replace("Võ Thị Sáu", "Võ Thị Sau")
			.getBytes(StandardCharsets.UTF_8);
		assertThat(SigningKeys.verify(key, altered, verification.get("signature").asText())).isFalse();
	}

	@Test
	void aLearnerDownloadsTheirOwnCertificateAndNotAnothers() throws Exception {
		Certificate mine = issue("Đặng Quốc Hưng", dienKy);
		Certificate someoneElses = issue("Lê Thị Mai", dienKy);
		String username = "hungdq" + mine.getLearnerId();
		// The account issued to the learner, as the enrolment module keeps it.
		given(enrolments.learnerIdOfUsername(username)).willReturn(Optional.of(mine.getLearnerId()));

		mvc.perform(get("/api/me/certificates").with(KeycloakJwt.user(username, "NA-DIENCHAU-DIENKY", "LEARNER")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].serial").value(mine.getSerial()))
			.andExpect(
					jsonPath("$[0].verifyUrl").value(containsString("/verify/" + mine.getVerificationCode() + "?sig=")))
			.andExpect(jsonPath("$[0].dateOfBirth").value("1990-05-17"))
			.andExpect(jsonPath("$[0].dateOfBirthSalt").value(mine.getDateOfBirthSalt()))
			.andExpect(jsonPath("$[0].dateOfBirthCommitment").value(mine.content().dateOfBirthCommitment()))
			.andExpect(jsonPath("$.length()").value(1));
		mvc.perform(get("/api/certificates/{id}/pdf", mine.getId())
			.with(KeycloakJwt.user(username, "NA-DIENCHAU-DIENKY", "LEARNER")))
			.andExpect(status().isOk())
			.andExpect(content().contentType(MediaType.APPLICATION_PDF));
		mvc.perform(get("/api/certificates/{id}/pdf", someoneElses.getId())
			.with(KeycloakJwt.user(username, "NA-DIENCHAU-DIENKY", "LEARNER"))).andExpect(status().isNotFound());
	}

	@Test
	void aUnitAdminOfAnotherDistrictCannotReadTheCertificate() throws Exception {
		Certificate certificate = issue("Nguyễn Văn Ky", dienKy);

		mvc.perform(get("/api/certificates/{id}/pdf", certificate.getId())
			.with(KeycloakJwt.user("vinh.admin", "NA-VINH", "UNIT_ADMIN"))).andExpect(status().isForbidden());
		mvc.perform(get("/api/certificates/{id}/pdf", certificate.getId())
			.with(KeycloakJwt.user("demo.unitadmin", "NA-DIENCHAU", "UNIT_ADMIN"))).andExpect(status().isOk());
	}

	@Test
	void aUnitAdminDownloadsTheirUnitsCertificatesAsOneZipButNotAnotherUnitsAndATrainerNeither() throws Exception {
		Certificate first = issue("Trần Văn Một", dienKy);
		Certificate second = issue("Trần Văn Hai", dienKy);
		OrgUnitSummary vinh = units.findSummaryByCode("NA-VINH").orElseThrow();
		// The PDFs print dates of birth: no ZIP for a trainer (issue 12).
		mvc.perform(get("/api/units/{id}/certificates.zip", dienKy.id())
			.with(KeycloakJwt.user("demo.trainer", "NA-DIENCHAU-DIENKY", "TRAINER"))).andExpect(status().isForbidden());

		var result = mvc
			.perform(get("/api/units/{id}/certificates.zip", dienKy.id())
				.with(KeycloakJwt.user("demo.unitadmin", "NA-DIENCHAU-DIENKY", "UNIT_ADMIN")))
			.andExpect(status().isOk())
			.andReturn();
		assertThat(result.getResponse().getContentType()).isEqualTo("application/zip");
		byte[] zip = result.getResponse().getContentAsByteArray();
		Set<String> entries = new java.util.HashSet<>();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				entries.add(entry.getName());
			}
		}
		assertThat(entries).contains(first.getSerial() + ".pdf", second.getSerial() + ".pdf");

		mvc.perform(get("/api/units/{id}/certificates.zip", vinh.id())
			.with(KeycloakJwt.user("demo.unitadmin", "NA-DIENCHAU-DIENKY", "UNIT_ADMIN")))
			.andExpect(status().isForbidden());
	}

	@Test
	void theOpenBadgeCredentialValidatesAgainstTheOpenBadges3SchemaAndItsProofVerifies() throws Exception {
		Certificate certificate = issue("Nguyễn Thị Hồng Ánh", dienKy);

		String body = mvc.perform(get("/api/certificates/{id}/badge", certificate.getId()).with(admin()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		JsonNode credential = json.readTree(body);

		JsonSchema schema;
		try (InputStream in = getClass().getResourceAsStream("/openbadges/ob_v3p0_achievementcredential_schema.json")) {
			schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V201909).getSchema(in);
		}
		Set<ValidationMessage> errors = schema.validate(credential);
		assertThat(errors).isEmpty();
		assertThat(credential.get("type").toString()).contains("OpenBadgeCredential");
		assertThat(credential.at("/proof/cryptosuite").asText()).isEqualTo("eddsa-jcs-2022");

		@SuppressWarnings("unchecked")
		Map<String, Object> document = json.readValue(body, LinkedHashMap.class);
		@SuppressWarnings("unchecked")
		Map<String, Object> proof = (Map<String, Object>) document.remove("proof");
		String proofValue = (String) proof.remove("proofValue");
		proof.put("@context", document.get("@context"));
		JsonNode keys = json
			.readTree(mvc.perform(get("/api/public/certificate-keys")).andReturn().getResponse().getContentAsString());
		PublicKey key = fromJwk(keys.get("keys").get(0).get("x").asText());
		String signature = Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString(vn.hocso.certificate.document.Base58.decode(proofValue.substring(1)));
		assertThat(SigningKeys.verify(key, OpenBadgeCredentials.hashData(proof, document), signature)).isTrue();
	}

	@Test
	void theTemplatePreviewRendersSampleDataAndABrokenTemplateIsRefused() throws Exception {
		mvc.perform(post("/api/certificate-template/preview").with(admin())
			.contentType(MediaType.APPLICATION_JSON)
			.content(json.writeValueAsString(Map.of("html", "<html><body><p>{{fullName}}</p></body></html>"))))
			.andExpect(status().isOk())
			.andExpect(content().contentType(MediaType.APPLICATION_PDF));
		mvc.perform(post("/api/certificate-template/preview").with(admin())
			.contentType(MediaType.APPLICATION_JSON)
			.content(json.writeValueAsString(Map.of("html", "<html><body><p>unclosed</body>"))))
			.andExpect(status().isBadRequest());
		mvc.perform(post("/api/certificate-template/preview")
			.with(KeycloakJwt.user("demo.unitadmin", "NA-DIENCHAU", "UNIT_ADMIN"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(json.writeValueAsString(Map.of("html", "<html/>")))).andExpect(status().isForbidden());
	}

	@Test
	void regeneratingAWavesPdfsRunsInTheBackgroundToTheEnd() throws Exception {
		long wave = openWave();
		for (int i = 0; i < 3; i++) {
			issuer.issue(fixtures.completion(fixtures.learner("Học viên " + i, dienKy), wave));
		}

		String started = mvc.perform(post("/api/waves/{id}/certificates/regenerate", wave).with(admin()))
			.andExpect(status().isAccepted())
			.andExpect(jsonPath("$.total").value(3))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String jobId = json.readTree(started).get("id").asText();

		CertificateIssuanceTests.await(() -> {
			try {
				String job = mvc.perform(get("/api/certificate-jobs/{id}", jobId).with(admin()))
					.andReturn()
					.getResponse()
					.getContentAsString();
				return json.readTree(job).get("status").asText().equals("FINISHED");
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		});
		Map<String, Object> kept = jdbc.queryForMap(
				"SELECT status, total, done, failed, finished_at FROM certificate_regeneration_job WHERE id = ?",
				jobId);
		assertThat(kept.get("status")).isEqualTo("FINISHED");
		assertThat(List.of(kept.get("total"), kept.get("done"), kept.get("failed"))).containsExactly(3, 3, 0);
		assertThat(kept.get("finished_at")).isNotNull();
	}

	@Test
	void aRegenerationLeftRunningByAVersionWithoutItemsIsTakenOverSkippingThePdfsItHadRendered() throws Exception {
		long wave = openWave();
		List<Certificate> issued = new java.util.ArrayList<>();
		for (int i = 0; i < 3; i++) {
			issued.add(issuer.issue(fixtures.completion(fixtures.learner("Học viên " + i, dienKy), wave)));
		}
		files.render(issued.get(1));
		Instant renderedBefore = files.renderedAt(issued.get(1)).orElseThrow();
		Thread.sleep(20);
		// What a stopped application leaves: the job RUNNING in the database, one PDF
		// rendered since it started.
		String jobId = java.util.UUID.randomUUID().toString();
		jdbc.update(
				"INSERT INTO certificate_regeneration_job (id, wave_id, status, total, done, failed, started_at, resumed)"
						+ " VALUES (?, ?, 'RUNNING', 3, 1, 0, ?, 0)",
				jobId, wave, java.sql.Timestamp.from(Instant.now()));
		Thread.sleep(20);
		files.render(issued.get(0));
		Instant renderedByTheInterruptedJob = files.renderedAt(issued.get(0)).orElseThrow();

		regenerationJobs.queueInterrupted();

		CertificateIssuanceTests.await(() -> !"RUNNING".equals(jdbc
			.queryForObject("SELECT status FROM certificate_regeneration_job WHERE id = ?", String.class, jobId)));
		mvc.perform(get("/api/certificate-jobs/{id}", jobId).with(admin()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("FINISHED"))
			.andExpect(jsonPath("$.done").value(3))
			.andExpect(jsonPath("$.total").value(3))
			.andExpect(jsonPath("$.progress").value(100))
			.andExpect(jsonPath("$.resumed").value(1));
		assertThat(files.renderedAt(issued.get(0))).contains(renderedByTheInterruptedJob);
		assertThat(files.renderedAt(issued.get(1)).orElseThrow()).isAfter(renderedBefore);
		assertThat(files.renderedAt(issued.get(2))).isPresent();
	}

	@Test
	void aRegenerationTakenOverAfterItsNodeStoppedKeepsItsCountersAndRendersOnlyWhatWasLeft() throws Exception {
		long wave = openWave();
		List<Certificate> issued = new java.util.ArrayList<>();
		for (int i = 0; i < 4; i++) {
			issued.add(issuer.issue(fixtures.completion(fixtures.learner("Học viên " + i, dienKy), wave)));
		}
		// What a node that died leaves: the job RUNNING after one run, one certificate
		// counted, one rendered
		// but not yet counted, two not reached.
		String jobId = java.util.UUID.randomUUID().toString();
		jdbc.update(
				"INSERT INTO certificate_regeneration_job (id, wave_id, status, total, done, failed, started_at, resumed, runs)"
						+ " VALUES (?, ?, 'RUNNING', 4, 1, 0, ?, 0, 1)",
				jobId, wave, java.sql.Timestamp.from(Instant.now()));
		for (int i = 0; i < 4; i++) {
			jdbc.update("INSERT INTO certificate_regeneration_item (job_id, certificate_id, status) VALUES (?, ?, ?)",
					jobId, issued.get(i).getId(), i == 0 ? "DONE" : "PENDING");
		}
		Thread.sleep(20);
		files.render(issued.get(0));
		files.render(issued.get(1));
		Instant first = files.renderedAt(issued.get(0)).orElseThrow();
		Instant second = files.renderedAt(issued.get(1)).orElseThrow();

		regenerationJobs.queueInterrupted();

		CertificateIssuanceTests.await(() -> !"RUNNING".equals(jdbc
			.queryForObject("SELECT status FROM certificate_regeneration_job WHERE id = ?", String.class, jobId)));
		mvc.perform(get("/api/certificate-jobs/{id}", jobId).with(admin()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("FINISHED"))
			.andExpect(jsonPath("$.done").value(4))
			.andExpect(jsonPath("$.total").value(4))
			.andExpect(jsonPath("$.failed").value(0))
			.andExpect(jsonPath("$.resumed").value(1));
		assertThat(files.renderedAt(issued.get(0))).contains(first);
		assertThat(files.renderedAt(issued.get(1))).contains(second);
		assertThat(files.renderedAt(issued.get(3))).isPresent();
		assertThat(jdbc.queryForList("SELECT DISTINCT status FROM certificate_regeneration_item WHERE job_id = ?",
				String.class, jobId))
			.containsExactly("DONE");
		assertThat(jdbc.queryForObject(
				"SELECT outcome FROM job_run WHERE task_name = 'certificate-regeneration'" + " AND period_key = ?",
				String.class, jobId))
			.isEqualTo("SUCCEEDED");
	}

	private Certificate issue(String fullName, OrgUnitSummary unit) {
		return issuer.issue(fixtures.completion(fixtures.learner(fullName, unit), 21));
	}

	/**
	 * A wave of the enrolment module: regeneration and its job are scoped by the wave's
	 * units (issue 12).
	 */
	private long openWave() {
		long wave = CertificateFixtures.nextId();
		given(enrolments.findWave(wave)).willReturn(Optional.of(new WaveRef(wave, "Đợt tái tạo " + wave,
				CertificateFixtures.COURSE.courseId(), CertificateFixtures.COURSE.courseVersionId(),
				LocalDate.of(2026, 11, 2), 30, List.of(dienKy.path()))));
		return wave;
	}

	private static RequestPostProcessor admin() {
		return KeycloakJwt.user("demo.admin", "NA", "ADMIN");
	}

	private static RequestPostProcessor from(String ip) {
		return request -> {
			request.setRemoteAddr(ip);
			return request;
		};
	}

	static PublicKey fromJwk(String x) throws Exception {
		byte[] raw = Base64.getUrlDecoder().decode(x);
		boolean xOdd = (raw[31] & 0x80) != 0;
		raw[31] &= 0x7F;
		byte[] bigEndian = new byte[32];
		for (int i = 0; i < 32; i++) {
			bigEndian[i] = raw[31 - i];
		}
		return KeyFactory.getInstance("Ed25519")
			.generatePublic(new EdECPublicKeySpec(NamedParameterSpec.ED25519,
					new EdECPoint(xOdd, new BigInteger(1, bigEndian))));
	}

}
