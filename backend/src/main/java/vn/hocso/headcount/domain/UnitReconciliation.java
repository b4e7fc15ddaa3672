package vn.hocso.headcount.domain;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import vn.hocso.learner.LearnerCategory;
import vn.hocso.organization.OrgUnitSummary;

/**
 * One unit's figures side by side. A null figure is one this system cannot give yet; its
 * name is then listed in {@code notYetAvailable} (enrolled and accounts issued arrive
 * with the enrolment and account modules).
 */
public record UnitReconciliation(OrgUnitSummary unit, @Nullable HeadcountDeclaration approved,
		@Nullable HeadcountDeclaration pending, @Nullable Map<LearnerCategory, Long> registered,
		@Nullable Map<LearnerCategory, Long> enrolled, @Nullable Map<LearnerCategory, Long> accountsIssued,
		List<String> notYetAvailable, List<Discrepancy> discrepancies) {
}
