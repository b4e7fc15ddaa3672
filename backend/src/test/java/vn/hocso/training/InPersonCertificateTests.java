package vn.hocso.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

import vn.hocso.certificate.CertificateKind;
import vn.hocso.certificate.document.SigningKeys;
import vn.hocso.certificate.domain.Certificate;
import vn.hocso.certificate.domain.CertificateIssuer;
import vn.hocso.certificate.domain.CertificateRepository;
import vn.hocso.learner.LearnerSummary;
import vn.hocso.organization.OrgUnitDirectory;
import vn.hocso.testing.KeycloakJwt;

/**
 * Completing an in-person programme issues its certificate through the event publication
 * registry (committed, not in a rolled-back test transaction): once per completion, with
 * the programme, class, venue and days signed, publicly verifiable, downloadable by the
 * participant and listed for staff.
 * <p>
 * A journey ({@code @SpringBootTest}): the certificate module issues what training
 * completes.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TrainingTestConfig.class)
class InPersonCertificateTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	OrgUnitDirectory units;

	@Autowired
	StaffList staff;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TrainingClock clock;

	@Autowired
	CertificateRepository certificates;

	@Autowired
	CertificateIssuer issuer;

	@Autowired
	SigningKeys keys;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate transactions;

	private final RequestPostProcessor anonymous = request -> request;

	@Test
	void completingTheProgrammeIssuesOneSignedCertificateOfTheInPersonCourse() throws Exception {
		TrainingApi api = new TrainingApi(mvc, units, staff, events);
		String suffix = Long.toString(System.nanoTime(), 36);
		clock.set(Instant.parse("2026-06-01T01:00:00Z"));
		long programme = api.openProgramme(2, 1, 100, 5);
		long classId = api.addClass(programme, "Lớp 1", "2026-06-15", 100, null);
		String username = "hoa." + suffix;
		LearnerSummary hoa = transactions
			.execute(status -> api.officialWithAccount("Phạm Thị Hoa", "NA-DIENCHAU", username));
		long nomination = api.nominated(TrainingApi.ADMIN, programme, hoa.id(), classId);
		api.allot(programme, "DATE_PREFERENCE").andExpect(status().isOk());
		List<Integer> sessions = TrainingApi.ints(api.get("/api/training/classes/" + classId, TrainingApi.TEACHER),
				"$.sessions[*].id");
		clock.set(Instant.parse("2026-06-17T10:00:00Z"));
		for (int i = 0; i < sessions.size(); i++) {
			api.post("/api/training/sessions/" + sessions.get(i) + "/attendance", TrainingApi.TEACHER,
					"""
							{"marks":[{"nominationId":%d,"clientId":"c%d-%s","present":true,"late":false,"leftEarly":false,"markedAt":"2026-06-15T01:04:00Z"}]}
							"""
						.formatted(nomination, i, suffix))
				.andExpect(status().isOk());
		}

		api.post("/api/training/classes/" + classId + "/completion", TrainingApi.TEACHER, "")
			.andExpect(jsonPath("$.completedNow").value(1));

		Certificate certificate = awaitCertificate(hoa.id());
		long completionId = jdbc.queryForObject(
				"select id from training_completion where programme_id = ? and learner_id = ?", Long.class, programme,
				hoa.id());
		assertThat(certificate.getKind()).isEqualTo(CertificateKind.IN_PERSON);
		assertThat(certificate.getSourceId()).isEqualTo(completionId);
		assertThat(certificate.getEnrolmentId()).isNull();
		assertThat(certificate.getCourseTitle()).isEqualTo("Tập huấn cán bộ đầu mối chuyển đổi số");
		assertThat(certificate.detailsMap()).containsEntry("className", "Lớp 1")
			.containsEntry("venue", "Hội trường Trung tâm CNTT&TT, 2 Trường Thi, Vinh")
			.containsEntry("firstDay", "2026-06-15")
			.containsEntry("lastDay", "2026-06-17")
			.containsEntry("sessionsAttended", "6/6");
		assertThat(certificate.content().courseMinutes()).isEqualTo(6 * 210);
		assertThat(certificate.content().canonicalJson()).contains("\"kind\":\"IN_PERSON\"", "\"className\":\"Lớp 1\"");
		assertThat(keys.verify(certificate.getKeyId(),
				certificate.content().canonicalJson().getBytes(StandardCharsets.UTF_8), certificate.getSignature()))
			.isTrue();

		// A redelivered event, and the same completion handled again, issue nothing more.
		FocalPointTrained again = new FocalPointTrained(completionId, programme, hoa.id(), certificate.getUnitId(),
				Instant.parse("2026-06-17T10:00:00Z"));
		transactions.executeWithoutResult(status -> events.publishEvent(again));
		assertThat(issuer.issueOnce(again).getId()).isEqualTo(certificate.getId());
		Thread.sleep(300);
		assertThat(certificates.findByLearnerIdOrderByIssuedAtDesc(hoa.id())).hasSize(1);

		// Publicly verifiable, with what it attests.
		api.get("/api/public/certificates/" + certificate.getVerificationCode(), anonymous)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("VALID"))
			.andExpect(jsonPath("$.kind").value("IN_PERSON"))
			.andExpect(jsonPath("$.details.venue").value("Hội trường Trung tâm CNTT&TT, 2 Trường Thi, Vinh"))
			.andExpect(jsonPath("$.dateOfBirthMatches").doesNotExist());
		String page = api.get("/verify/" + certificate.getVerificationCode(), anonymous)
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("Chương trình tập huấn trực tiếp", "Lớp 1 (15/06/2026 – 17/06/2026)");

		// The participant lists and downloads it; a unit admin of the subtree lists it;
		// another district does not.
		RequestPostProcessor participant = KeycloakJwt.user(username, "NA-DIENCHAU", "LEARNER");
		api.get("/api/me/certificates", participant)
			.andExpect(jsonPath("$[0].kind").value("IN_PERSON"))
			.andExpect(jsonPath("$[0].details.className").value("Lớp 1"));
		api.get("/api/certificates/" + certificate.getId() + "/pdf", participant)
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/pdf"));
		api.get("/api/certificates/" + certificate.getId() + "/badge", participant).andExpect(status().isNotFound());
		api.get("/api/certificates?unitId=" + certificate.getUnitId(), TrainingApi.ADMIN)
			.andExpect(jsonPath("$[?(@.id == " + certificate.getId() + ")].kind").value("IN_PERSON"));
		api.get("/api/certificates", TrainingApi.SYT_ADMIN)
			.andExpect(jsonPath("$[?(@.id == " + certificate.getId() + ")]").isEmpty());
		api.get("/api/certificates/" + certificate.getId() + "/pdf", TrainingApi.SYT_ADMIN)
			.andExpect(status().isForbidden());
	}

	private Certificate awaitCertificate(long learnerId) throws InterruptedException {
		Instant until = Instant.now().plus(Duration.ofSeconds(20));
		while (Instant.now().isBefore(until)) {
			Optional<Certificate> found = certificates.findByLearnerIdOrderByIssuedAtDesc(learnerId)
				.stream()
				.findFirst();
			if (found.isPresent()) {
				return found.get();
			}
			Thread.sleep(100);
		}
		throw new AssertionError("No certificate was issued for learner " + learnerId);
	}

}
