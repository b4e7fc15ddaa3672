package vn.hocso.headcount.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.hocso.learner.LearnerCategory;
import vn.hocso.platform.ProblemException;

/** The declaration guards its own transitions. */
class HeadcountDeclarationTests {

	private static final Instant NOW = Instant.parse("2026-03-01T02:00:00Z");

	private static HeadcountDeclaration draft() {
		return new HeadcountDeclaration(7, "/1/7/", "2026", Map.of(LearnerCategory.CAN_BO, 12L), null, "unit", NOW);
	}

	@Test
	void approvingADraftThatWasNeverSubmittedIsRefused() {
		assertThatThrownBy(() -> draft().approve("verifier", NOW)).isInstanceOf(ProblemException.class)
			.extracting(ex -> ((ProblemException) ex).code())
			.isEqualTo("headcount.not-submitted");
	}

	@Test
	void anApprovedDeclarationIsFrozen() {
		HeadcountDeclaration declaration = draft();
		declaration.submit("unit", NOW);
		declaration.approve("verifier", NOW);

		assertThatThrownBy(() -> declaration.edit(Map.of(LearnerCategory.CAN_BO, 13L), null))
			.isInstanceOf(ProblemException.class)
			.extracting(ex -> ((ProblemException) ex).code())
			.isEqualTo("headcount.frozen");
		assertThat(declaration.getCounts()).containsEntry(LearnerCategory.CAN_BO, 12L);
	}

	@Test
	void aReturnedDeclarationCanBeEditedAndResubmitted() {
		HeadcountDeclaration declaration = draft();
		declaration.submit("unit", NOW);
		declaration.returnForCorrection("verifier", "Thiếu công chức", NOW);

		declaration.edit(Map.of(LearnerCategory.CAN_BO, 12L, LearnerCategory.CONG_CHUC, 30L), null);
		declaration.submit("unit", NOW);

		assertThat(declaration.getStatus()).isEqualTo(DeclarationStatus.SUBMITTED);
		assertThat(declaration.total()).isEqualTo(42);
	}

	@Test
	void returningWithABlankReasonIsRefused() {
		HeadcountDeclaration declaration = draft();
		declaration.submit("unit", NOW);

		assertThatThrownBy(() -> declaration.returnForCorrection("verifier", "  ", NOW))
			.extracting(ex -> ((ProblemException) ex).code())
			.isEqualTo("headcount.reason-required");
	}

	@Test
	void countsMustHaveAtLeastOneCategoryAboveZero() {
		assertThatThrownBy(() -> new HeadcountDeclaration(7, "/1/7/", "2026", Map.of(LearnerCategory.CAN_BO, 0L), null,
				"unit", NOW))
			.extracting(ex -> ((ProblemException) ex).code())
			.isEqualTo("headcount.counts-empty");
	}

	@Test
	void negativeCountsAreRefused() {
		assertThatThrownBy(() -> new HeadcountDeclaration(7, "/1/7/", "2026",
				Map.of(LearnerCategory.CAN_BO, 5L, LearnerCategory.VIEN_CHUC, -1L), null, "unit", NOW))
			.extracting(ex -> ((ProblemException) ex).code())
			.isEqualTo("headcount.count-negative");
	}

	@Test
	void thePeriodIsAFourDigitYear() {
		assertThatThrownBy(() -> new HeadcountDeclaration(7, "/1/7/", "2026-1", Map.of(LearnerCategory.CAN_BO, 5L),
				null, "unit", NOW))
			.extracting(ex -> ((ProblemException) ex).code())
			.isEqualTo("headcount.period-invalid");
	}

	@Test
	void aRevisionCanOnlyBeOpenedFromAnApprovedDeclaration() {
		assertThatThrownBy(() -> draft().openRevision("unit", NOW)).extracting(ex -> ((ProblemException) ex).code())
			.isEqualTo("headcount.revision-needs-approved");
	}

}
