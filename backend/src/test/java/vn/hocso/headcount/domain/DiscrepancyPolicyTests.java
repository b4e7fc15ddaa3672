package vn.hocso.headcount.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.hocso.headcount.domain.Discrepancy.Kind;
import vn.hocso.learner.LearnerCategory;

class DiscrepancyPolicyTests {

	@Test
	void aUnitWithoutAnApprovedDeclarationIsFlagged() {
		assertThat(DiscrepancyPolicy.between(null, Map.of(LearnerCategory.CAN_BO, 3L))).extracting(Discrepancy::kind)
			.containsExactly(Kind.NO_APPROVED_DECLARATION);
	}

	@Test
	void moreRegisteredThanDeclaredIsFlaggedPerCategory() {
		assertThat(DiscrepancyPolicy.between(Map.of(LearnerCategory.CAN_BO, 10L, LearnerCategory.CONG_CHUC, 5L),
				Map.of(LearnerCategory.CAN_BO, 11L, LearnerCategory.CONG_CHUC, 5L)))
			.containsExactly(new Discrepancy(Kind.REGISTERED_EXCEEDS_DECLARED, LearnerCategory.CAN_BO, 10L, 11L));
	}

	@Test
	void registeredInACategoryThatWasNotDeclaredIsFlagged() {
		assertThat(DiscrepancyPolicy.between(Map.of(LearnerCategory.CAN_BO, 10L),
				Map.of(LearnerCategory.CAN_BO, 10L, LearnerCategory.VIEN_CHUC, 2L)))
			.containsExactly(new Discrepancy(Kind.REGISTERED_EXCEEDS_DECLARED, LearnerCategory.VIEN_CHUC, 0L, 2L));
	}

	@Test
	void declaredButNobodyRegisteredIsFlagged() {
		assertThat(DiscrepancyPolicy.between(Map.of(LearnerCategory.CAN_BO, 10L), Map.of()))
			.containsExactly(new Discrepancy(Kind.DECLARED_BUT_NONE_REGISTERED, LearnerCategory.CAN_BO, 10L, 0L));
	}

	@Test
	void fewerRegisteredThanDeclaredIsNotADiscrepancy() {
		assertThat(DiscrepancyPolicy.between(Map.of(LearnerCategory.CAN_BO, 10L), Map.of(LearnerCategory.CAN_BO, 4L)))
			.isEmpty();
	}

}
