package vn.hocso.account.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

import org.h2.tools.Server;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

import vn.hocso.account.document.SheetLine;
import vn.hocso.identity.KeycloakUserAdmin;
import vn.hocso.learner.LearnerSummary;
import vn.hocso.organization.OrgUnitDirectory;
import vn.hocso.testing.InMemoryLearners;
import vn.hocso.testing.KeycloakMasterAdmin;
import vn.hocso.testing.OutageProxy;
import vn.hocso.testing.RealKeycloak;

/**
 * An account issuance interrupted by a database outage finishes by itself once the
 * database is back, without a restart: the database goes away right after the first user
 * reached Keycloak, so the run cannot record its chunk, its failure or its heartbeats;
 * the cluster scheduler runs it again when the database returns, and every learner ends
 * with one Keycloak user and one working code.
 */
@SpringBootTest
@Import(InMemoryLearners.Config.class)
@TestPropertySource(properties = { "spring.datasource.hikari.connection-timeout=1000",
		"spring.datasource.hikari.validation-timeout=500",
		"spring.datasource.hikari.exception-override-class-name=vn.hocso.testing.H2ClosedConnectionsEvicted",
		"hocso.jobs.polling-interval=200ms", "hocso.jobs.heartbeat-interval=1s", "hocso.jobs.retry-delay=1s" })
class AccountIssuanceOutageIT {

	private static final String NOT_SET_UP = "Account is not fully set up";

	private static Server h2;

	private static OutageProxy proxy;

	@Autowired
	AccountIssuanceService issuances;

	@Autowired
	AccountSheets sheets;

	@Autowired
	IssuanceJobRepository jobs;

	@Autowired
	InMemoryLearners learners;

	@Autowired
	OrgUnitDirectory units;

	@Autowired
	JdbcTemplate jdbc;

	@MockitoSpyBean
	KeycloakUserAdmin keycloak;

	private final List<LearnerSummary> added = new ArrayList<>();

	@DynamicPropertySource
	static void databaseThroughTheRelay(DynamicPropertyRegistry registry) throws Exception {
		registry.add("hocso.keycloak.url", RealKeycloak::url);
		h2 = Server.createTcpServer("-tcpPort", "0", "-ifNotExists").start();
		proxy = new OutageProxy("127.0.0.1", h2.getPort());
		String name = "issuance-outage-" + UUID.randomUUID();
		registry.add("spring.datasource.url",
				() -> "jdbc:h2:tcp://127.0.0.1:" + proxy.port() + "/mem:" + name + ";DB_CLOSE_DELAY=-1");
	}

	@BeforeAll
	static void realm() {
		RealKeycloak.awaitReady(Duration.ofMinutes(3));
		KeycloakMasterAdmin.ensureLearnersGroup();
	}

	@AfterAll
	static void stop() throws Exception {
		proxy.close();
		h2.stop();
	}

	@AfterEach
	void deleteKeycloakUsers() {
		for (LearnerSummary learner : added) {
			KeycloakMasterAdmin.usersNamed(UsernameScheme.usernameFor(learner.id(), learner.fullName()))
				.forEach(user -> keycloak.delete(user.get("id").asString()));
		}
	}

	@Test
	void anIssuanceStoppedByADatabaseOutageFinishesByItselfOnceTheDatabaseIsBack() throws Exception {
		List<LearnerSummary> three = List.of(learner("Đào Văn Một"), learner("Đào Văn Hai"), learner("Đào Văn Ba"));
		AtomicBoolean outage = new AtomicBoolean();
		doAnswer(call -> {
			Object created = call.callRealMethod();
			if (outage.compareAndSet(false, true)) {
				proxy.cut();
				// The database stays away for a few seconds, then comes back; nobody
				// restarts anything.
				Thread.ofVirtual().start(() -> {
					RealKeycloak.sleep(Duration.ofSeconds(6));
					try {
						proxy.restore();
					}
					catch (java.io.IOException ex) {
						throw new IllegalStateException(ex);
					}
				});
			}
			return created;
		}).when(keycloak).createLearner(any());

		vn.hocso.testing.AsCaller.signIn("demo.unitadmin", "NA-DIENCHAU", "UNIT_ADMIN");
		long jobId;
		try {
			jobId = issuances.start(null, three.stream().map(LearnerSummary::id).toList()).getId();
		}
		finally {
			vn.hocso.testing.AsCaller.signOut();
		}

		Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
		while (!finished(jobId)) {
			assertThat(Instant.now()).as("the job finishes by itself after the outage").isBefore(deadline);
			Thread.sleep(250);
		}
		assertThat(outage).isTrue();
		IssuanceJob job = jobs.findById(jobId).orElseThrow();
		assertThat(job.getStatus()).isEqualTo(IssuanceJob.Status.DONE);
		assertThat(job.getDone()).isEqualTo(3);
		vn.hocso.testing.AsCaller.signIn("demo.unitadmin", "NA-DIENCHAU", "UNIT_ADMIN");
		try {
			for (LearnerSummary learner : three) {
				String username = UsernameScheme.usernameFor(learner.id(), learner.fullName());
				assertThat(KeycloakMasterAdmin.usersNamed(username)).hasSize(1);
				assertThat(KeycloakMasterAdmin.passwordGrantOutcome(username, codeOf(jobId, learner)))
					.isEqualTo(NOT_SET_UP);
			}
		}
		finally {
			vn.hocso.testing.AsCaller.signOut();
		}
		assertThat(jdbc.queryForObject(
				"select attempts from job_run where task_name = 'account-issuance' and period_key = ?", Integer.class,
				Long.toString(jobId)))
			.isGreaterThan(1);
		assertThat(jdbc.queryForObject(
				"select outcome from job_run where task_name = 'account-issuance' and period_key = ?", String.class,
				Long.toString(jobId)))
			.isEqualTo("SUCCEEDED");
	}

	private boolean finished(long jobId) {
		try {
			return jobs.findById(jobId).orElseThrow().getFinishedAt() != null;
		}
		catch (RuntimeException outage) {
			return false;
		}
	}

	private LearnerSummary learner(String fullName) {
		LearnerSummary learner = learners.add(fullName, units.findSummaryByCode("NA-DIENCHAU-DIENKY").orElseThrow());
		added.add(learner);
		return learner;
	}

	private String codeOf(long jobId, LearnerSummary learner) {
		return sheets.lines(jobId, null)
			.stream()
			.filter(line -> line.fullName().equals(learner.fullName()))
			.map(SheetLine::activationCode)
			.findFirst()
			.orElseThrow();
	}

}
