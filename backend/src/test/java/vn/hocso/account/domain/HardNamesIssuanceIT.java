package vn.hocso.account.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import tools.jackson.databind.JsonNode;
import vn.hocso.identity.KeycloakUserAdmin;
import vn.hocso.learner.LearnerSummary;
import vn.hocso.learner.domain.PersonName;
import vn.hocso.organization.OrgUnitDirectory;
import vn.hocso.testing.AsCaller;
import vn.hocso.testing.InMemoryLearners;
import vn.hocso.testing.KeycloakMasterAdmin;
import vn.hocso.testing.RealKeycloak;

/**
 * The hardest names of real Vietnamese staff lists, issued through the real Keycloak with
 * the realm's user profile (ADR 0180): each one the import accepts gets its account with
 * the name intact, and each one the import refuses Keycloak refuses too — so nothing
 * accepted at import fails at issuance. A failure is recorded as a code worded in
 * Vietnamese and English, never Keycloak's text.
 */
@SpringBootTest
@Import(InMemoryLearners.Config.class)
class HardNamesIssuanceIT {

	/** Accepted by the import (PersonName) and therefore by the realm. */
	static final List<String> ACCEPTED = List.of("Nguyễn Văn Tư (Bí thư)", "H'Hen Niê", "Lê-Trần T. Mai",
			"Y-Moan Ênuôl", "Đoàn Thị Ngọc Ánh (Phó Chủ tịch UBND xã)", "O’Neil Trần Văn", "Nguyễn Văn A.",
			"Hoàng Văn Mười Hai 2", "Ksor H’Bia", "Trần Thị Thuỷ, Tiên", "Lò Văn Pọm", "Âu Dương Phong");

	/** Refused by the import (PersonName) — and by Keycloak, as this test shows. */
	static final List<String> REFUSED = List.of("Nguyễn <Văn> Bảy", "Trần Văn \"Tám\"", "Lê Văn Chín; DROP",
			"Phạm Văn Mười/Một", "Đỗ Thị {Hai}");

	@Autowired
	AccountIssuanceService issuances;

	@Autowired
	IssuanceJobRepository jobs;

	@Autowired
	IssuanceItemRepository items;

	@Autowired
	KeycloakUserAdmin keycloak;

	@Autowired
	InMemoryLearners learners;

	@Autowired
	OrgUnitDirectory units;

	@Autowired
	MessageSource messages;

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
	void everyNameTheImportAcceptsGetsAnAccountWithTheNameIntact() {
		List<LearnerSummary> people = ACCEPTED.stream().map(this::learner).toList();
		people.forEach(p -> assertThat(PersonName.problem(p.fullName())).as(p.fullName()).isEmpty());

		long jobId = issueAndWait(people.stream().map(LearnerSummary::id).toList());

		Map<Long, IssuanceItem> byLearner = items.findByJobIdOrderById(jobId)
			.stream()
			.collect(Collectors.toMap(IssuanceItem::getLearnerId, Function.identity()));
		for (LearnerSummary person : people) {
			IssuanceItem item = byLearner.get(person.id());
			assertThat(item.getStatus()).as(person.fullName() + ": " + item.getError())
				.isEqualTo(IssuanceItem.Status.CREATED);
			JsonNode user = KeycloakMasterAdmin.usersNamed(item.getUsername()).getFirst();
			// Keycloak's "name" claim is firstName + " " + lastName.
			assertThat(user.path("firstName").asString() + " " + user.path("lastName").asString())
				.isEqualTo(person.fullName());
		}
		LearnerSummary secretary = people.getFirst();
		assertThat(byLearner.get(secretary.id()).getUsername()).isEqualTo("tunv" + secretary.id());
		assertThat(KeycloakMasterAdmin.usersNamed(byLearner.get(secretary.id()).getUsername())
			.getFirst()
			.path("lastName")
			.asString()).isEqualTo("Tư (Bí thư)");
	}

	@Test
	void everyNameTheImportRefusesKeycloakRefusesTooAndTheFailureIsWordedNotRaw() {
		List<LearnerSummary> people = REFUSED.stream().map(this::learner).toList();
		people.forEach(p -> assertThat(PersonName.problem(p.fullName())).as(p.fullName()).isPresent());

		long jobId = issueAndWait(people.stream().map(LearnerSummary::id).toList());

		for (IssuanceItem item : items.findByJobIdOrderById(jobId)) {
			assertThat(item.getStatus()).isEqualTo(IssuanceItem.Status.FAILED);
			assertThat(item.getError()).isEqualTo(IssuanceFailure.NAME_REFUSED.code());
		}
		String vi = messages.getMessage("account.issuance-failure.name-refused", null, Locale.forLanguageTag("vi"));
		String en = messages.getMessage("account.issuance-failure.name-refused", null, Locale.ENGLISH);
		assertThat(vi).startsWith("Keycloak không nhận họ tên này").doesNotContain("error-");
		assertThat(en).startsWith("Keycloak did not accept this name").doesNotContain("error-");
		assertThat(jobs.findById(jobId).orElseThrow().getFailed()).isEqualTo(REFUSED.size());
	}

	private LearnerSummary learner(String fullName) {
		LearnerSummary learner = learners.add(fullName, units.findSummaryByCode("NA-DIENCHAU-DIENKY").orElseThrow());
		added.add(learner);
		return learner;
	}

	private long issueAndWait(List<Long> learnerIds) {
		long jobId = issuances.start(null, learnerIds).getId();
		Instant deadline = Instant.now().plusSeconds(90);
		while (jobs.findById(jobId).orElseThrow().getFinishedAt() == null) {
			assertThat(Instant.now()).as("job %d finishes", jobId).isBefore(deadline);
			RealKeycloak.sleep(Duration.ofMillis(100));
		}
		return jobId;
	}

}
