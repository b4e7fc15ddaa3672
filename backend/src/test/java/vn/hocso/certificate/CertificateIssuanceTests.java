package vn.hocso.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.BDDMockito.given;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.modulith.test.Scenario;

import vn.hocso.certificate.domain.Certificate;
import vn.hocso.certificate.domain.CertificateIssuer;
import vn.hocso.certificate.domain.CertificateRepository;
import vn.hocso.course.CourseCatalog;
import vn.hocso.enrolment.EnrolmentCompleted;
import vn.hocso.learner.LearnerDirectory;
import vn.hocso.learner.LearnerSummary;
import vn.hocso.organization.OrgUnitDirectory;
import vn.hocso.platform.jobs.OutstandingEventResubmission;

/**
 * Issuance from the completion event, through the event publication registry, with the
 * real database: the completion is published in a committed transaction (a
 * {@link Scenario}), the certificate and its {@link CertificateIssued} follow.
 */
@CertificateModuleTest
class CertificateIssuanceTests {

	private static final Duration PATIENCE = Duration.ofSeconds(20);

	@Autowired
	CertificateRepository certificates;

	@Autowired
	CertificateIssuer issuer;

	@Autowired
	IncompleteEventPublications incomplete;

	@Autowired
	OutstandingEventResubmission resubmission;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	OrgUnitDirectory units;

	@Autowired
	LearnerDirectory learners;

	@Autowired
	CourseCatalog courses;

	private final CertificateFixtures fixtures = new CertificateFixtures();

	private final AtomicBoolean registryDown = new AtomicBoolean();

	@BeforeEach
	void registries() {
		registryDown.set(false);
		fixtures.stubRegistries(learners, courses);
		Thread completingThread = Thread.currentThread();
		given(learners.find(anyLong())).willAnswer(call -> {
			// Down only for the certificate listener, which runs after the completion
			// committed (other
			// modules' listeners in the completing transaction must still succeed, or
			// nothing completes).
			if (registryDown.get() && Thread.currentThread() != completingThread) {
				throw new IllegalStateException("learner registry unavailable (simulated crash)");
			}
			return Optional.ofNullable(fixtures.registry.get(call.<Long>getArgument(0)));
		});
	}

	@Test
	void aCompletedEnrolmentGetsASignedCertificateAfterTheCompletionCommits(Scenario scenario) {
		LearnerSummary learner = fixtures.learner("Nguyễn Thị Hồng Ánh",
				units.findSummaryByCode("NA-DIENCHAU-DIENKY").orElseThrow());
		EnrolmentCompleted completed = fixtures.completion(learner, 11);

		scenario.publish(completed)
			.andWaitAtMost(PATIENCE)
			.andWaitForEventOfType(CertificateIssued.class)
			.matching(issued -> issued.enrolmentId() == completed.enrolmentId())
			.toArriveAndVerify(issued -> {
				Certificate certificate = certificates.findByEnrolmentIdOrderByIdAsc(completed.enrolmentId())
					.getFirst();
				assertThat(issued.certificateId()).isEqualTo(certificate.getId());
				assertThat(issued.learnerId()).isEqualTo(learner.id());
				assertThat(issued.serial()).isEqualTo(certificate.getSerial());
				assertThat(certificate.getSerial()).matches("NA-\\d{4}-\\d{6}");
				assertThat(certificate.getVerificationCode()).hasSize(16).matches("[0-9a-hjkmnp-tv-z]{16}");
				assertThat(certificate.getFullName()).isEqualTo("Nguyễn Thị Hồng Ánh");
				assertThat(certificate.content().unitName()).isEqualTo("Xã Diễn Kỷ");
				assertThat(certificate.content().courseMinutes()).isEqualTo(750);
				assertThat(certificate.content().issuerAuthority())
					.isEqualTo("Sở Thông tin và Truyền thông tỉnh Nghệ An");
				assertThat(certificate.content().signerTitle()).isEqualTo("Giám đốc");
				assertThat(certificate.getSignature()).isNotBlank();
			});
		await(() -> openPublications(completed) == 0);
	}

	@Test
	void issuanceInterruptedBetweenCompletionAndCertificateResumesOnResubmissionAndIssuesOnce(Scenario scenario) {
		LearnerSummary learner = fixtures.learner("Đặng Quốc Hưng",
				units.findSummaryByCode("NA-DIENCHAU-DIENKY").orElseThrow());
		EnrolmentCompleted completed = fixtures.completion(learner, 12);
		registryDown.set(true);

		scenario.publish(completed)
			.andWaitAtMost(PATIENCE)
			.andWaitForStateChange(() -> failedAttempts(completed) > 0, Boolean::booleanValue)
			.andVerify(failed -> assertThat(certificates.existsByEnrolmentId(completed.enrolmentId())).isFalse());

		// What the cluster's resubmission job does (here without waiting for the
		// publication to age).
		registryDown.set(false);
		scenario.stimulate(() -> resubmission.resubmitOlderThan(Duration.ZERO))
			.andWaitAtMost(PATIENCE)
			.andWaitForEventOfType(CertificateIssued.class)
			.matching(issued -> issued.enrolmentId() == completed.enrolmentId())
			.toArriveAndVerify(issued -> assertThat(issued.learnerId()).isEqualTo(learner.id()));
		await(() -> certificates.existsByEnrolmentId(completed.enrolmentId()) && openPublications(completed) == 0);

		incomplete.resubmitIncompletePublications(publication -> true);
		scenario.publish(completed)
			.andWaitAtMost(PATIENCE)
			.andWaitForStateChange(() -> openPublications(completed) == 0, Boolean::booleanValue)
			.andVerify(
					done -> assertThat(certificates.findByEnrolmentIdOrderByIdAsc(completed.enrolmentId())).hasSize(1));
	}

	@Test
	void concurrentIssuanceNeverRepeatsASerial() throws Exception {
		var unit = units.findSummaryByCode("NA-DIENCHAU-DIENKY").orElseThrow();
		List<EnrolmentCompleted> completions = new ArrayList<>();
		for (int i = 0; i < 240; i++) {
			completions.add(fixtures.completion(fixtures.learner("Học viên " + i, unit), 13));
		}
		ExecutorService pool = Executors.newFixedThreadPool(12);
		List<Future<String>> serials = new ArrayList<>();
		for (EnrolmentCompleted completed : completions) {
			serials.add(pool.submit((Callable<String>) () -> issuer.issue(completed).getSerial()));
		}
		Set<String> distinct = new HashSet<>();
		for (Future<String> serial : serials) {
			distinct.add(serial.get());
		}
		pool.shutdown();

		assertThat(distinct).hasSize(240);
	}

	@Test
	void aCompletionHandledByTwoNodesAtOnceIssuesOneCertificate() throws Exception {
		LearnerSummary learner = fixtures.learner("Trần Thị Nguyệt",
				units.findSummaryByCode("NA-DIENCHAU-DIENKY").orElseThrow());
		EnrolmentCompleted completed = fixtures.completion(learner, 15);
		// Three "nodes": each issue holds up to two connections, and the test pool has
		// six.
		ExecutorService pool = Executors.newFixedThreadPool(3);
		CountDownLatch go = new CountDownLatch(1);
		List<Future<String>> serials = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			serials.add(pool.submit((Callable<String>) () -> {
				go.await();
				return issuer.issueOnce(completed).getSerial();
			}));
		}
		go.countDown();
		Set<String> distinct = new HashSet<>();
		for (Future<String> serial : serials) {
			distinct.add(serial.get());
		}
		pool.shutdown();

		assertThat(distinct).as("serials handed out for one completion").hasSize(1);
		assertThat(certificates.findByEnrolmentIdOrderByIdAsc(completed.enrolmentId())).hasSize(1);
	}

	@Test
	void issuingTheSameCompletionTwiceKeepsOneCertificate() {
		LearnerSummary learner = fixtures.learner("Lê Văn Hùng",
				units.findSummaryByCode("NA-DIENCHAU-DIENKY").orElseThrow());
		EnrolmentCompleted completed = fixtures.completion(learner, 14);

		Certificate first = issuer.issue(completed);
		Certificate second = issuer.issue(completed);

		assertThat(second.getSerial()).isEqualTo(first.getSerial());
		assertThat(certificates.findByEnrolmentIdOrderByIdAsc(completed.enrolmentId())).hasSize(1);
	}

	private int failedAttempts(EnrolmentCompleted completed) {
		return jdbc.queryForObject(
				"SELECT COUNT(*) FROM event_publication WHERE completion_date IS NULL AND status = 'FAILED' AND serialized_event LIKE ?",
				Integer.class, "%\"enrolmentId\":" + completed.enrolmentId() + ",%");
	}

	private int openPublications(EnrolmentCompleted completed) {
		return jdbc.queryForObject(
				"SELECT COUNT(*) FROM event_publication WHERE completion_date IS NULL AND serialized_event LIKE ?",
				Integer.class, "%\"enrolmentId\":" + completed.enrolmentId() + ",%");
	}

	static void await(BooleanSupplier condition) {
		long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > deadline) {
				throw new AssertionError("Condition not met within 20 s");
			}
			try {
				Thread.sleep(50);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new AssertionError(ex);
			}
		}
	}

}
