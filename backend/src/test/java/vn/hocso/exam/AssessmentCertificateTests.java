package vn.hocso.exam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

import vn.hocso.account.AccountIssued;
import vn.hocso.certificate.CertificateKind;
import vn.hocso.certificate.document.SigningKeys;
import vn.hocso.certificate.domain.Certificate;
import vn.hocso.certificate.domain.CertificateIssuer;
import vn.hocso.certificate.domain.CertificateRepository;
import vn.hocso.learner.LearnerSummary;
import vn.hocso.organization.OrgUnitDirectory;
import vn.hocso.quiz.domain.QuestionBank;
import vn.hocso.testing.KeycloakJwt;
import vn.hocso.training.StaffList;
import vn.hocso.training.TrainingClock;
import vn.hocso.training.TrainingTestConfig;

/**
 * An exam set to issue a certificate of assessment: passing it issues one signed
 * certificate (after the grading commits, through the event publication registry), once
 * whatever replays or races; an exam without the setting issues none. Not in a test
 * transaction, so events are delivered.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TrainingTestConfig.class)
class AssessmentCertificateTests {

	private static final AtomicLong COURSES = new AtomicLong(8_800_000 + System.nanoTime() % 100_000 * 10);

	private static final RequestPostProcessor ADMIN = KeycloakJwt.user("demo.admin", "NA", "ADMIN");

	private final RequestPostProcessor anonymous = request -> request;

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
	QuestionBank bank;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	CertificateRepository certificates;

	@Autowired
	CertificateIssuer issuer;

	@Autowired
	SigningKeys keys;

	ExamDesk desk;

	String suffix;

	long courseId;

	@BeforeEach
	void anExamBank() {
		desk = new ExamDesk(mvc);
		suffix = Long.toString(System.nanoTime(), 36);
		clock.set(Instant.parse("2026-10-01T03:00:00Z"));
		courseId = transactions.execute(status -> ExamDesk.bank(bank, COURSES.incrementAndGet()));
	}

	@Test
	void passingAnExamThatIssuesACertificateIssuesOneSignedCertificateOfAssessment() throws Exception {
		LearnerSummary duc = official("Lê Minh Đức", "duc");
		RequestPostProcessor learner = KeycloakJwt.user("duc." + suffix, "NA-DIENCHAU", "LEARNER");
		long examId = exam("Sát hạch kỹ năng số cán bộ CNTT", "duc", true);

		desk.sit(learner, examId, 9);

		Certificate certificate = awaitCertificate(duc.id());
		assertThat(certificate.getKind()).isEqualTo(CertificateKind.ASSESSMENT);
		assertThat(certificate.getCourseTitle()).isEqualTo("Sát hạch kỹ năng số cán bộ CNTT");
		assertThat(certificate.getEnrolmentId()).isNull();
		assertThat(certificate.content().scorePercent()).isEqualTo(90);
		assertThat(certificate.detailsMap()).containsEntry("passPercent", "60").containsEntry("questionCount", "10");
		assertThat(certificate.content().canonicalJson()).contains("\"kind\":\"ASSESSMENT\"");
		assertThat(keys.verify(certificate.getKeyId(),
				certificate.content().canonicalJson().getBytes(StandardCharsets.UTF_8), certificate.getSignature()))
			.isTrue();

		// Redelivered, and handled by two nodes at once: still one certificate.
		ExamPassed again = new ExamPassed(examId, duc.id(), Instant.parse("2026-10-01T03:10:00Z"));
		transactions.executeWithoutResult(status -> events.publishEvent(again));
		ExecutorService twoNodes = Executors.newFixedThreadPool(2);
		try {
			Callable<Optional<Certificate>> issue = () -> issuer.issueOnce(again);
			List<Future<Optional<Certificate>>> both = twoNodes.invokeAll(List.of(issue, issue));
			for (Future<Optional<Certificate>> one : both) {
				assertThat(one.get()).map(Certificate::getId).contains(certificate.getId());
			}
		}
		finally {
			twoNodes.shutdown();
		}
		Thread.sleep(300);
		assertThat(certificates.findByLearnerIdOrderByIssuedAtDesc(duc.id())).hasSize(1);

		// The learner lists and downloads it.
		mvc.perform(get("/api/me/certificates").with(learner))
			.andExpect(jsonPath("$[0].kind").value("ASSESSMENT"))
			.andExpect(jsonPath("$[0].courseTitle").value("Sát hạch kỹ năng số cán bộ CNTT"));
		mvc.perform(get("/api/certificates/" + certificate.getId() + "/pdf").with(learner))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/pdf"));
	}

	@Test
	void aCertificateOfAssessmentIsPubliclyVerifiable() throws Exception {
		LearnerSummary hoa = official("Chu Thị Hoa", "hoa");
		long examId = exam("Sát hạch an toàn thông tin", "hoa", true);

		desk.sit(KeycloakJwt.user("hoa." + suffix, "NA-DIENCHAU", "LEARNER"), examId, 10);

		Certificate certificate = awaitCertificate(hoa.id());
		mvc.perform(get("/api/public/certificates/" + certificate.getVerificationCode()).with(anonymous))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("VALID"))
			.andExpect(jsonPath("$.kind").value("ASSESSMENT"))
			.andExpect(jsonPath("$.scorePercent").value(100))
			.andExpect(jsonPath("$.details.passPercent").value("60"));
		String page = mvc.perform(get("/verify/" + certificate.getVerificationCode()).with(anonymous))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("Kỳ sát hạch", "Sát hạch an toàn thông tin", "data-status=\"VALID\"");
	}

	@Test
	void passingAnExamWithoutTheSettingIssuesNoCertificate() throws Exception {
		LearnerSummary binh = official("Trần Thị Bình", "binh");
		long examId = exam("Sát hạch không cấp chứng nhận", "binh", false);

		desk.sit(KeycloakJwt.user("binh." + suffix, "NA-DIENCHAU", "LEARNER"), examId, 10);
		ExamPassed passed = new ExamPassed(examId, binh.id(), Instant.parse("2026-10-01T03:10:00Z"));

		assertThat(issuer.issueOnce(passed)).isEmpty();
		Thread.sleep(1500);
		assertThat(certificates.findByLearnerIdOrderByIssuedAtDesc(binh.id())).isEmpty();
	}

	private LearnerSummary official(String name, String username) {
		LearnerSummary official = staff.add(name, units.findSummaryByCode("NA-DIENCHAU").orElseThrow());
		staff.position(official.id(), "Cán bộ CNTT " + suffix + " " + username);
		transactions.executeWithoutResult(status -> events.publishEvent(
				new AccountIssued(official.id(), username + "." + suffix, Instant.parse("2026-05-01T00:00:00Z"))));
		return official;
	}

	/** An exam for exactly this official (their position is unique to the test). */
	private long exam(String title, String username, boolean certificate) throws Exception {
		String json = ExamDesk
			.exam(title, courseId, "POSITION", "[\"Cán bộ CNTT " + suffix + " " + username + "\"]",
					units.findSummaryByCode("NA-DIENCHAU").orElseThrow().id(), "2026-10-01T00:00:00Z",
					"2026-10-08T00:00:00Z")
			.replace("\"certificate\":false", "\"certificate\":" + certificate);
		return desk.create(ADMIN, json);
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
