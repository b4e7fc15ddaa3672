package vn.hocso.account.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.hocso.identity.KeycloakUserAdmin;
import vn.hocso.learner.LearnerSummary;
import vn.hocso.organization.OrgUnitDirectory;
import vn.hocso.organization.OrgUnitSummary;
import vn.hocso.testing.AsCaller;
import vn.hocso.testing.InMemoryLearners;
import vn.hocso.testing.KeycloakMasterAdmin;
import vn.hocso.testing.RealKeycloak;

/**
 * Issues 4,500 accounts against a real Keycloak, prints the rate, and deletes them again.
 * Not part of the build (neither *Tests nor *IT); run it against a private Keycloak, see
 * docs/benchmarks.md ("Learner accounts").
 */
@Tag("benchmark")
@SpringBootTest
@Import(InMemoryLearners.Config.class)
class AccountIssuanceBenchmark {

	private static final int ACCOUNTS = Integer.getInteger("benchmark.accounts", 4_500);

	private static final List<String> UNITS = List.of("NA-DIENCHAU-DIENKY", "NA-DIENCHAU-DIENHONG", "NA-VINH-HUNGBINH",
			"NA-VINH-LEMAO", "NA-SNV");

	private static final List<String> NAMES = List.of("Nguyễn Thị Hồng Ánh", "Đặng Quốc Hưng", "Lê Văn Tám",
			"Trần Thị Bích Ngọc", "Hồ Sĩ Đức", "Phan Thanh Bình");

	@Autowired
	AccountIssuanceService issuances;

	@Autowired
	IssuanceJobRepository jobs;

	@Autowired
	KeycloakUserAdmin keycloak;

	@Autowired
	InMemoryLearners learners;

	@Autowired
	OrgUnitDirectory units;

	@Autowired
	AccountProperties properties;

	@DynamicPropertySource
	static void keycloak(DynamicPropertyRegistry registry) {
		registry.add("hocso.keycloak.url", RealKeycloak::url);
	}

	@Test
	void issue4500Accounts() throws Exception {
		RealKeycloak.awaitReady(Duration.ofMinutes(3));
		KeycloakMasterAdmin.ensureLearnersGroup();
		List<LearnerSummary> selected = new ArrayList<>();
		for (int i = 0; i < ACCOUNTS; i++) {
			OrgUnitSummary unit = units.findSummaryByCode(UNITS.get(i % UNITS.size())).orElseThrow();
			selected.add(learners.add(NAMES.get(i % NAMES.size()), unit));
		}
		AsCaller.signIn("demo.admin", "NA", "ADMIN");
		try {
			long started = System.nanoTime();
			long jobId = issuances.start(null, selected.stream().map(LearnerSummary::id).toList()).getId();
			while (jobs.findById(jobId).orElseThrow().getFinishedAt() == null) {
				RealKeycloak.sleep(Duration.ofMillis(100));
			}
			double seconds = (System.nanoTime() - started) / 1e9;
			IssuanceJob job = jobs.findById(jobId).orElseThrow();
			System.out.printf(
					"%n=== BENCHMARK: %d accounts issued (%d failed) in %.1f s = %.0f accounts/s, "
							+ "parallelism %d, Keycloak %s ===%n%n",
					job.getDone(), job.getFailed(), seconds, job.getDone() / seconds, properties.parallelism(),
					RealKeycloak.url());
			assertThat(job.getDone()).isEqualTo(ACCOUNTS);
		}
		finally {
			AsCaller.signOut();
			deleteAll(selected);
		}
	}

	private void deleteAll(List<LearnerSummary> selected) {
		try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
			for (LearnerSummary learner : selected) {
				pool.submit(() -> keycloak.findUserId(UsernameScheme.usernameFor(learner.id(), learner.fullName()))
					.ifPresent(keycloak::delete));
			}
		}
	}

}
