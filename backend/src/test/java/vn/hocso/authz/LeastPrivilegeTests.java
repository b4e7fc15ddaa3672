package vn.hocso.authz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import tools.jackson.databind.json.JsonMapper;
import vn.hocso.authz.MatrixFixture.Kind;
import vn.hocso.authz.MatrixFixture.Variant;
import vn.hocso.certificate.domain.CertificateIssuer;
import vn.hocso.identity.KeycloakUserAdmin;
import vn.hocso.identity.ProvisionedUser;
import vn.hocso.organization.OrgUnitDirectory;
import vn.hocso.testing.KeycloakJwt;

/**
 * The holes issue 12 found (points 4 and 6), one behaviour each, on the matrix's
 * resources: a trainer acts only on learners of their classes; another district's wave,
 * job or certificates stay closed. Same context as {@link AuthorizationMatrixTests}, so
 * the two share one start.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LeastPrivilegeTests {

	private static final RequestPostProcessor TRAINER = KeycloakJwt.user(MatrixFixtureBuilder.TRAINER,
			"NA-DIENCHAU-DIENKY", "TRAINER");

	private static final RequestPostProcessor UNIT_ADMIN = KeycloakJwt.user("mx.unitadmin", "NA-DIENCHAU",
			"UNIT_ADMIN");

	private static final RequestPostProcessor ADMIN = KeycloakJwt.user("mx.admin", "NA", "ADMIN");

	@Autowired
	MockMvc mvc;

	@Autowired
	OrgUnitDirectory units;

	@Autowired
	CertificateIssuer certificates;

	@MockitoBean
	KeycloakUserAdmin keycloak;

	private MatrixFixture fixture;

	@BeforeAll
	void fixture() throws Exception {
		when(keycloak.createLearner(any())).thenAnswer(call -> new ProvisionedUser(UUID.randomUUID().toString(), true));
		fixture = new MatrixFixtureBuilder(mvc, units, certificates).build();
	}

	@Test
	void trainerResetsTheAccountOfALearnerOfTheirClass() throws Exception {
		mvc.perform(post("/api/learner-accounts/{id}/reset", own(Kind.LEARNER)).with(TRAINER))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.activationCode").isString());
	}

	@Test
	void trainerCannotResetTheAccountOfALearnerOfTheirUnitInAnotherClass() throws Exception {
		mvc.perform(post("/api/learner-accounts/{id}/reset", sameUnit(Kind.LEARNER)).with(TRAINER))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.code").value("access.out-of-scope"))
			.andExpect(jsonPath("$.activationCode").doesNotExist());
	}

	@Test
	void trainerCannotDownloadAccountSheetsOfAnIssuanceAnAdminRan() throws Exception {
		mvc.perform(get("/api/account-issuances/{id}/sheet.xlsx", own(Kind.ISSUANCE)).with(TRAINER))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/account-issuances/{id}/sheet.pdf", own(Kind.ISSUANCE)).with(TRAINER))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/account-issuances/{id}/sheet.xlsx", own(Kind.ISSUANCE)).with(UNIT_ADMIN))
			.andExpect(status().isOk());
	}

	@Test
	void trainerSeesTheCertificateOfTheirLearnerWithoutDateOfBirthOrSalt() throws Exception {
		mvc.perform(get("/api/certificates/{id}", own(Kind.CERTIFICATE)).with(TRAINER))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.dateOfBirth").doesNotExist())
			.andExpect(jsonPath("$.dateOfBirthSalt").doesNotExist());
		mvc.perform(get("/api/certificates/{id}", own(Kind.CERTIFICATE)).with(UNIT_ADMIN))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.dateOfBirth").value("1990-05-17"));
	}

	@Test
	void trainerCannotReadCertificatesOfAnotherClassNorTheirPdf() throws Exception {
		mvc.perform(get("/api/certificates/{id}", sameUnit(Kind.CERTIFICATE)).with(TRAINER))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/certificates/{id}/pdf", own(Kind.CERTIFICATE)).with(TRAINER))
			.andExpect(status().isForbidden());
	}

	@Test
	void trainersCertificateListHoldsOnlyTheirClassesWithoutDatesOfBirth() throws Exception {
		String body = mvc.perform(get("/api/certificates").with(TRAINER))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		var list = JsonMapper.shared().readTree(body);
		assertThat(list.valueStream().map(c -> c.path("id").asString()).toList()).contains(own(Kind.CERTIFICATE))
			.doesNotContain(sameUnit(Kind.CERTIFICATE), other(Kind.CERTIFICATE));
		assertThat(list.valueStream().filter(c -> !c.path("dateOfBirth").isNull()).toList()).isEmpty();
	}

	@Test
	void trainerCannotDownloadCertificateZips() throws Exception {
		mvc.perform(get("/api/classes/{id}/certificates.zip", own(Kind.CLASS)).with(TRAINER))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/units/{id}/certificates.zip", own(Kind.UNIT)).with(TRAINER))
			.andExpect(status().isForbidden());
	}

	@Test
	void trainerSeesOnlyTheEnrolmentsAndClassesTheyTeachInAWave() throws Exception {
		String enrolments = mvc.perform(get("/api/waves/{id}/enrolments", own(Kind.WAVE)).with(TRAINER))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(JsonMapper.shared().readTree(enrolments).valueStream().map(e -> e.path("enrolmentId").asString()))
			.containsExactly(own(Kind.ENROLMENT));
		String classes = mvc.perform(get("/api/waves/{id}/classes", own(Kind.WAVE)).with(TRAINER))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(JsonMapper.shared().readTree(classes).valueStream().map(c -> c.path("id").asString()))
			.containsExactly(own(Kind.CLASS));
	}

	@Test
	void trainerCannotReadTheLearnerRegister() throws Exception {
		mvc.perform(get("/api/learners/{id}", own(Kind.LEARNER)).with(TRAINER)).andExpect(status().isForbidden());
		mvc.perform(get("/api/learners").with(TRAINER)).andExpect(status().isForbidden());
	}

	@Test
	void quizWindowOfAnotherDistrictsWaveIsRefusedToAUnitAdminAndATrainer() throws Exception {
		mvc.perform(get("/api/waves/{id}/quiz-window", other(Kind.WAVE)).with(UNIT_ADMIN))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/waves/{id}/quiz-window", other(Kind.WAVE)).with(TRAINER))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/waves/{id}/quiz-window", own(Kind.WAVE)).with(TRAINER)).andExpect(status().isNoContent());
	}

	@Test
	void certificateJobOfAnotherDistrictIsRefused() throws Exception {
		mvc.perform(get("/api/certificate-jobs/{id}", other(Kind.CERTIFICATE_JOB)).with(UNIT_ADMIN))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/certificate-jobs/{id}", own(Kind.CERTIFICATE_JOB)).with(UNIT_ADMIN))
			.andExpect(status().isOk());
	}

	@Test
	void regeneratingAnotherDistrictsWaveIsRefusedEvenWithoutCertificates() throws Exception {
		long vinh = units.findSummaryByCode("NA-VINH").orElseThrow().id();
		String wave = mvc
			.perform(post("/api/waves").with(ADMIN)
				.contentType(MediaType.APPLICATION_JSON)
				.content(JsonMapper.shared()
					.writeValueAsString(Map.of("name", "Đợt trống Vinh", "courseId", fixture.unscoped().get("courseId"),
							"openingDate", "2026-11-02", "unitIds", List.of(vinh)))))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		long waveId = JsonMapper.shared().readTree(wave).path("id").asLong();
		mvc.perform(post("/api/waves/{id}/certificates/regenerate", waveId).with(UNIT_ADMIN))
			.andExpect(status().isForbidden());
	}

	@Test
	void unitAdminCannotEnrolIntoAnotherDistrictsWave() throws Exception {
		mvc.perform(post("/api/waves/{id}/enrolments", other(Kind.WAVE)).with(UNIT_ADMIN)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"learnerIds\":[" + own(Kind.LEARNER) + "]}"))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.code").value("access.out-of-scope"));
	}

	private String own(Kind kind) {
		return fixture.value(kind, Variant.OWN);
	}

	private String sameUnit(Kind kind) {
		return fixture.value(kind, Variant.SAME_UNIT);
	}

	private String other(Kind kind) {
		return fixture.value(kind, Variant.OTHER_UNIT);
	}

}
