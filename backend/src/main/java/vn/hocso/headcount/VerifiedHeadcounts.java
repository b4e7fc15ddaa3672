package vn.hocso.headcount;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.hocso.headcount.domain.DeclarationStatus;
import vn.hocso.headcount.domain.HeadcountDeclaration;
import vn.hocso.headcount.domain.HeadcountDeclarationRepository;
import vn.hocso.learner.LearnerCategory;

/**
 * The approved headcounts, the denominators of completion rates. Not scoped: callers
 * (planning, reporting) check the caller's scope themselves. A unit whose revision is
 * still pending keeps its last approved figure.
 */
@Service
@Transactional(readOnly = true)
public class VerifiedHeadcounts {

	private final HeadcountDeclarationRepository declarations;

	VerifiedHeadcounts(HeadcountDeclarationRepository declarations) {
		this.declarations = declarations;
	}

	/**
	 * The unit's approved counts per category for the period, if Sở Nội vụ approved one.
	 */
	public Optional<Map<LearnerCategory, Long>> approvedFor(long unitId, String period) {
		return declarations.findByUnitIdAndPeriodOrderByRevisionDesc(unitId, period)
			.stream()
			.filter(declaration -> declaration.getStatus() == DeclarationStatus.APPROVED)
			.findFirst()
			.map(HeadcountDeclaration::getCounts);
	}

	/**
	 * The sum of the approved counts of every unit whose path starts with this prefix.
	 */
	public Map<LearnerCategory, Long> approvedTotalInSubtree(String unitPathPrefix, String period) {
		Map<LearnerCategory, Long> total = new EnumMap<>(LearnerCategory.class);
		for (HeadcountDeclaration declaration : declarations.findInSubtree(unitPathPrefix, period,
				List.of(DeclarationStatus.APPROVED))) {
			declaration.getCounts().forEach((category, count) -> total.merge(category, count, Long::sum));
		}
		return total;
	}

	/**
	 * The approved counts of each unit under this path prefix for the period (each unit's
	 * latest approved revision), for figures broken down along the tree.
	 */
	public Map<Long, Map<LearnerCategory, Long>> approvedByUnitInSubtree(String unitPathPrefix, String period) {
		Map<Long, HeadcountDeclaration> latest = new HashMap<>();
		for (HeadcountDeclaration declaration : declarations.findInSubtree(unitPathPrefix, period,
				List.of(DeclarationStatus.APPROVED))) {
			latest.merge(declaration.getUnitId(), declaration, (a, b) -> a.getRevision() >= b.getRevision() ? a : b);
		}
		Map<Long, Map<LearnerCategory, Long>> byUnit = new HashMap<>();
		latest.forEach((unitId, declaration) -> byUnit.put(unitId, declaration.getCounts()));
		return byUnit;
	}

}
