package vn.hocso.authz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.hocso.authz.AuthorizationTable.Caller;
import vn.hocso.authz.AuthorizationTable.Cell;
import vn.hocso.identity.Role;
import vn.hocso.organization.Reach;
import vn.hocso.organization.ScopedAction;

/**
 * The policy's table in code ({@link ScopedAction}) says what docs/authorization.md says
 * for the operations that apply it, so the two cannot drift apart: a role without the
 * action has "—", a trainer's own classes "classes", a subtree "subtree" (or "province"
 * for the province-wide roles).
 */
class PolicyAgreesWithTableTests {

	/** Operations whose role gate and reach come from one scoped action. */
	private static final Map<String, ScopedAction> APPLIES = Map.ofEntries(
			Map.entry("POST /api/learner-accounts/{learnerId}/reset", ScopedAction.ACCOUNT_RESET),
			Map.entry("POST /api/learner-accounts/{learnerId}/disable", ScopedAction.ACCOUNT_DISABLE),
			Map.entry("POST /api/learner-accounts/{learnerId}/enable", ScopedAction.ACCOUNT_DISABLE),
			Map.entry("POST /api/account-issuances", ScopedAction.ACCOUNT_SHEETS),
			Map.entry("GET /api/account-issuances", ScopedAction.ACCOUNT_SHEETS),
			Map.entry("POST /api/account-issuances/{id}/retry", ScopedAction.ACCOUNT_SHEETS),
			Map.entry("GET /api/account-issuances/{id}/sheet.xlsx", ScopedAction.ACCOUNT_SHEETS),
			Map.entry("GET /api/account-issuances/{id}/sheet.pdf", ScopedAction.ACCOUNT_SHEETS),
			Map.entry("GET /api/learners", ScopedAction.LEARNER_RECORDS),
			Map.entry("GET /api/learners/{id}", ScopedAction.LEARNER_RECORDS),
			Map.entry("GET /api/learners/{id}/history", ScopedAction.LEARNER_RECORDS),
			Map.entry("GET /api/waves/{waveId}/quiz-window", ScopedAction.WAVE_READ),
			Map.entry("GET /api/waves/{waveId}/enrolments", ScopedAction.ENROLMENT_READ),
			Map.entry("GET /api/waves/{waveId}/classes", ScopedAction.ENROLMENT_READ),
			Map.entry("GET /api/certificates", ScopedAction.CERTIFICATE_READ),
			Map.entry("GET /api/classes/{classId}/certificates.zip", ScopedAction.CERTIFICATE_ZIP),
			Map.entry("GET /api/units/{unitId}/certificates.zip", ScopedAction.CERTIFICATE_ZIP),
			Map.entry("POST /api/waves/{waveId}/certificates/regenerate", ScopedAction.CERTIFICATE_REGENERATE),
			Map.entry("GET /api/certificate-jobs/{jobId}", ScopedAction.CERTIFICATE_REGENERATE),
			Map.entry("POST /api/waves/{waveId}/enrolments", ScopedAction.WAVE_ENROL),
			Map.entry("POST /api/waves/{waveId}/classes/split", ScopedAction.WAVE_ENROL),
			Map.entry("GET /api/classes/{classId}/dashboard", ScopedAction.CLASS_FOLLOW_UP),
			Map.entry("GET /api/waves/{waveId}/dashboard", ScopedAction.CLASS_FOLLOW_UP),
			Map.entry("POST /api/classes/{classId}/reminders", ScopedAction.CLASS_FOLLOW_UP),
			Map.entry("GET /api/units/{unitId}/qr-poster.pdf", ScopedAction.QR_POSTERS),
			Map.entry("GET /api/units/{unitId}/qr-posters.zip", ScopedAction.QR_POSTERS),
			Map.entry("GET /api/units/{unitId}/qr-reach", ScopedAction.QR_REACH),
			Map.entry("GET /api/units/{unitId}/community-helpers", ScopedAction.COMMUNITY_HELPER_ROLE),
			Map.entry("PUT /api/community-helpers/{learnerId}", ScopedAction.COMMUNITY_HELPER_ROLE),
			Map.entry("DELETE /api/community-helpers/{learnerId}", ScopedAction.COMMUNITY_HELPER_ROLE),
			Map.entry("GET /api/populations", ScopedAction.POPULATION_READ),
			Map.entry("GET /api/populations/history", ScopedAction.POPULATION_READ),
			Map.entry("GET /api/populations/{id}", ScopedAction.POPULATION_READ),
			Map.entry("POST /api/populations", ScopedAction.POPULATION_DECLARE),
			Map.entry("POST /api/populations/import", ScopedAction.POPULATION_DECLARE),
			Map.entry("POST /api/populations/{id}/approve", ScopedAction.POPULATION_VERIFY),
			Map.entry("POST /api/populations/{id}/return", ScopedAction.POPULATION_VERIFY));

	@Test
	void everyOperationThatAppliesAScopedActionHasTheSameCellsInTheDocument() throws IOException {
		AuthorizationTable table = AuthorizationTable.read();
		List<String> disagreements = new ArrayList<>();
		APPLIES.forEach((operation, action) -> {
			Map<Caller, Cell> row = table.rows().get(operation);
			assertThat(row).as("row for " + operation).isNotNull();
			for (Role role : Role.values()) {
				Cell cell = row.get(Caller.valueOf(role.name()));
				if (!agrees(action.reachOf(role), cell)) {
					disagreements.add(operation + " " + role + ": table says " + cell + ", " + action + " gives "
							+ action.reachOf(role));
				}
			}
		});
		assertThat(disagreements).isEmpty();
	}

	@Test
	void aTrainerResetsOnlyInTheirClassesAndNeverSeesSheetsDatesOfBirthOrZips() {
		assertThat(ScopedAction.ACCOUNT_RESET.reachOf(Role.TRAINER)).isEqualTo(Reach.OWN_CLASSES);
		assertThat(ScopedAction.ACCOUNT_SHEETS.reachOf(Role.TRAINER)).isEqualTo(Reach.NONE);
		assertThat(ScopedAction.DATE_OF_BIRTH.reachOf(Role.TRAINER)).isEqualTo(Reach.NONE);
		assertThat(ScopedAction.CERTIFICATE_ZIP.reachOf(Role.TRAINER)).isEqualTo(Reach.NONE);
		assertThat(ScopedAction.LEARNER_RECORDS.reachOf(Role.TRAINER)).isEqualTo(Reach.NONE);
	}

	@Test
	void severalRolesReachAsFarAsTheWidestOfThem() {
		assertThat(ScopedAction.ACCOUNT_RESET.reachOf(java.util.Set.of(Role.TRAINER, Role.UNIT_ADMIN)))
			.isEqualTo(Reach.SUBTREE);
		assertThat(ScopedAction.ACCOUNT_RESET.reachOf(java.util.Set.of(Role.LEARNER))).isEqualTo(Reach.NONE);
	}

	private static boolean agrees(Reach reach, Cell cell) {
		return switch (reach) {
			case NONE -> cell == Cell.NONE;
			case OWN_CLASSES -> cell == Cell.CLASSES;
			case SUBTREE -> cell == Cell.SUBTREE || cell == Cell.PROVINCE || cell == Cell.ALL;
		};
	}

}
