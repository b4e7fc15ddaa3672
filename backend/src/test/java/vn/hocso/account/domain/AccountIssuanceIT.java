package vn.hocso.account.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import tools.jackson.databind.JsonNode;
import vn.hocso.account.document.SheetLine;
import vn.hocso.identity.KeycloakUserAdmin;
import vn.hocso.identity.LearnerUser;
import vn.hocso.learner.LearnerSummary;
import vn.hocso.organization.OrgUnitDirectory;
import vn.hocso.organization.OrgUnitSummary;
import vn.hocso.testing.AsCaller;
import vn.hocso.testing.InMemoryLearners;
import vn.hocso.testing.KeycloakFirstLogin;
import vn.hocso.testing.KeycloakMasterAdmin;
import vn.hocso.testing.RealKeycloak;

/**
 * Issuing learner accounts against the real Keycloak; every user made here is deleted
 * again.
 */
@SpringBootTest
@Import(InMemoryLearners.Config.class)
class AccountIssuanceIT {

	private static final String NOT_SET_UP = "Account is not fully set up";

	private static final String BAD_CREDENTIALS = "Invalid user credentials";

	@Autowired
	AccountIssuanceService issuances;

	@Autowired
	AccountSheets sheets;

	@Autowired
	LearnerAccountService accounts;

	@Autowired
	LearnerAccountRepository accountRecords;

	@Autowired
	IssuanceJobRepository jobs;

	@Autowired
	IssuanceItemRepository items;

	@Autowired
	IssuanceRunner runner;

	@Autowired
	KeycloakUserAdmin keycloak;

	@Autowired
	InMemoryLearners learners;

	@Autowired
	OrgUnitDirectory units;

	private final List<LearnerSummary> added = new ArrayList<>();

	@DynamicPropertySource
	static void keycloak(DynamicPropertyRegistry registry) {
		registry.add("hocso.keycloak.url", RealKeycloak::url);
	}

	@BeforeAll
	static void realm() {
		RealKeycloak.awaitReady(Duration.ofMinutes(3));
		KeycloakMasterAdmin.ensureLearnersGroup();
	}

	@BeforeEach
	void signIn() {
		AsCaller.signIn("demo.unitadmin", "NA-DIENCHAU", "UNIT_ADMIN");
	}

	@AfterEach
	void deleteKeycloakUsers() {
		AsCaller.signOut();
		for (LearnerSummary learner : added) {
			keycloak.findUserId(UsernameScheme.usernameFor(learner.id(), learner.fullName()))
				.ifPresent(keycloak::delete);
		}
	}

	@Test
	void issuedAccountIsALearnerOfItsUnitWhoseCodeWorksOnlyWithANewPassword() {
		LearnerSummary anh = learner("Nguyễn Thị Hồng Ánh");
		long jobId = issueAndWait(List.of(anh.id()));

		String username = UsernameScheme.usernameFor(anh.id(), anh.fullName());
		JsonNode user = KeycloakMasterAdmin.usersNamed(username).getFirst();
		assertThat(user.path("attributes").path("org_unit").get(0).asString()).isEqualTo("NA-DIENCHAU-DIENKY");
		// Keycloak's "name" claim is firstName + " " + lastName: it must read in
		// Vietnamese order.
		assertThat(user.path("firstName").asString() + " " + user.path("lastName").asString())
			.isEqualTo("Nguyễn Thị Hồng Ánh");
		assertThat(user.path("lastName").asString()).isEqualTo("Ánh");
		assertThat(KeycloakMasterAdmin.effectiveRealmRoles(user.get("id").asString())).contains("LEARNER");
		String code = codeOf(jobId, anh);
		// Refused for exactly this reason only when the code is right and UPDATE_PASSWORD
		// is pending.
		assertThat(KeycloakMasterAdmin.passwordGrantOutcome(username, code)).isEqualTo(NOT_SET_UP);
		assertThat(KeycloakMasterAdmin.passwordGrantOutcome(username, code.replace('-', 'x')))
			.isEqualTo(BAD_CREDENTIALS);
	}

	@Test
	void activationCodeIsStoredPreHashedNotWithTheSlowDefault() {
		LearnerSummary hung = learner("Đặng Quốc Hưng");
		issueAndWait(List.of(hung.id()));

		String userId = keycloak.findUserId(UsernameScheme.usernameFor(hung.id(), hung.fullName())).orElseThrow();
		assertThat(KeycloakMasterAdmin.credentials(userId).get(0).get("credentialData").asString())
			.contains("pbkdf2-sha256");
	}

	@Test
	void passwordTheLearnerChoosesAtFirstLoginIsHashedWithKeycloaksDefault() {
		LearnerSummary learner = learner("Bùi Thị Xuân");
		long jobId = issueAndWait(List.of(learner.id()));
		String username = UsernameScheme.usernameFor(learner.id(), learner.fullName());

		String redirect = KeycloakFirstLogin.changeCodeToPassword(username, codeOf(jobId, learner), "Xuan#2026mine");

		assertThat(redirect).startsWith("http://localhost:8080/").contains("code=");
		String userId = keycloak.findUserId(username).orElseThrow();
		assertThat(KeycloakMasterAdmin.credentials(userId).get(0).get("credentialData").asString())
			.contains("\"algorithm\":\"argon2\"");
		assertThat(KeycloakMasterAdmin.passwordGrantOutcome(username, "Xuan#2026mine")).isEqualTo("OK");
		assertThat(keycloak.hasActivated(userId)).isTrue();
	}

	@Test
	void issuingAgainForTheSameLearnersCreatesNothingTwice() {
		List<LearnerSummary> three = List.of(learner("Lê Văn Tám"), learner("Trần Thị Bích"), learner("Hồ Sĩ Đức"));
		List<Long> ids = three.stream().map(LearnerSummary::id).toList();
		issueAndWait(ids);
		Map<Long, Instant> firstIssue = issuedAt(ids);

		long again = issueAndWait(ids);

		assertThat(items.findByJobIdOrderById(again)).extracting(IssuanceItem::getStatus)
			.containsOnly(IssuanceItem.Status.EXISTED);
		assertThat(issuedAt(ids)).isEqualTo(firstIssue);
		for (LearnerSummary learner : three) {
			assertThat(KeycloakMasterAdmin.usersNamed(UsernameScheme.usernameFor(learner.id(), learner.fullName())))
				.hasSize(1);
		}
	}

	@Test
	void jobInterruptedHalfwayResumesWithoutDuplicatesAndEveryCodeWorks() {
		List<LearnerSummary> four = List.of(learner("Phan Văn Một"), learner("Phan Văn Hai"), learner("Phan Văn Ba"),
				learner("Phan Văn Bốn"));
		OrgUnitSummary unit = unit("NA-DIENCHAU-DIENKY");
		IssuanceJob job = jobs.save(new IssuanceJob("crash test", unit.path(), "demo.unitadmin", 4, Instant.now()));
		four.forEach(l -> items.save(new IssuanceItem(job.getId(), l.id(), l.unitId())));
		// The crash: two users reached Keycloak, but their codes and records were lost
		// with the process.
		for (LearnerSummary learner : four.subList(0, 2)) {
			keycloak.createLearner(new LearnerUser(UsernameScheme.usernameFor(learner.id(), learner.fullName()), "X",
					"Y", learner.unitCode(), "lost-code-lost-code"));
		}

		runner.run(job.getId());

		IssuanceJob resumed = jobs.findById(job.getId()).orElseThrow();
		assertThat(resumed.getStatus()).isEqualTo(IssuanceJob.Status.DONE);
		assertThat(resumed.getDone()).isEqualTo(4);
		assertThat(accountRecords.findByLearnerIdIn(four.stream().map(LearnerSummary::id).toList())).hasSize(4);
		for (LearnerSummary learner : four) {
			String username = UsernameScheme.usernameFor(learner.id(), learner.fullName());
			assertThat(KeycloakMasterAdmin.usersNamed(username)).hasSize(1);
			assertThat(KeycloakMasterAdmin.passwordGrantOutcome(username, codeOf(job.getId(), learner)))
				.isEqualTo(NOT_SET_UP);
		}
	}

	@Test
	void resetGivesANewCodeAndTheOldOneStopsWorking() {
		LearnerSummary learner = learner("Võ Thị Sáu");
		long jobId = issueAndWait(List.of(learner.id()));
		String oldCode = codeOf(jobId, learner);

		LearnerAccountService.Reset reset = accounts.reset(learner.id());

		assertThat(reset.activationCode()).isNotEqualTo(oldCode);
		assertThat(KeycloakMasterAdmin.passwordGrantOutcome(reset.username(), reset.activationCode()))
			.isEqualTo(NOT_SET_UP);
		assertThat(KeycloakMasterAdmin.passwordGrantOutcome(reset.username(), oldCode)).isEqualTo(BAD_CREDENTIALS);
		assertThat(sheets.lines(jobId, null)).as("the old code leaves the sheet").isEmpty();
	}

	@Test
	void disabledAccountCannotLogInUntilEnabledAgain() {
		LearnerSummary learner = learner("Cao Xuân Huy");
		long jobId = issueAndWait(List.of(learner.id()));
		String code = codeOf(jobId, learner);
		String username = UsernameScheme.usernameFor(learner.id(), learner.fullName());

		assertThat(accounts.disable(learner.id()).getStatus()).isEqualTo(AccountStatus.DISABLED);
		assertThat(KeycloakMasterAdmin.passwordGrantOutcome(username, code)).isEqualTo("Account disabled");

		assertThat(accounts.enable(learner.id()).getStatus()).isEqualTo(AccountStatus.ISSUED);
		assertThat(KeycloakMasterAdmin.passwordGrantOutcome(username, code)).isEqualTo(NOT_SET_UP);
	}

	private LearnerSummary learner(String fullName) {
		LearnerSummary learner = learners.add(fullName, unit("NA-DIENCHAU-DIENKY"));
		added.add(learner);
		return learner;
	}

	private OrgUnitSummary unit(String code) {
		return units.findSummaryByCode(code).orElseThrow();
	}

	private long issueAndWait(List<Long> learnerIds) {
		long jobId = issuances.start(null, learnerIds).getId();
		Instant deadline = Instant.now().plusSeconds(60);
		while (jobs.findById(jobId).orElseThrow().getFinishedAt() == null) {
			assertThat(Instant.now()).as("job %d finishes within a minute", jobId).isBefore(deadline);
			RealKeycloak.sleep(Duration.ofMillis(100));
		}
		return jobId;
	}

	private String codeOf(long jobId, LearnerSummary learner) {
		return sheets.lines(jobId, null)
			.stream()
			.filter(line -> line.fullName().equals(learner.fullName()))
			.map(SheetLine::activationCode)
			.findFirst()
			.orElseThrow();
	}

	private Map<Long, Instant> issuedAt(List<Long> ids) {
		return accountRecords.findByLearnerIdIn(ids)
			.stream()
			.collect(Collectors.toMap(LearnerAccount::getLearnerId, LearnerAccount::getIssuedAt));
	}

}
