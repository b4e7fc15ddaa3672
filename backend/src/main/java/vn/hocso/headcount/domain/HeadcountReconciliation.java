package vn.hocso.headcount.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.hocso.account.AccountFigures;
import vn.hocso.enrolment.EnrolmentFigures;
import vn.hocso.learner.LearnerCategory;
import vn.hocso.learner.LearnerDirectory;
import vn.hocso.organization.OrgScopes;
import vn.hocso.organization.OrgUnitDirectory;
import vn.hocso.organization.OrgUnitStatus;
import vn.hocso.organization.OrgUnitSummary;

/**
 * Declared versus registered versus enrolled versus accounts issued, unit by unit, over a
 * subtree.
 */
@Service
@Transactional(readOnly = true)
public class HeadcountReconciliation {

	private final HeadcountDeclarationRepository declarations;

	private final OrgScopes scopes;

	private final OrgUnitDirectory units;

	private final LearnerDirectory learners;

	private final EnrolmentFigures enrolments;

	private final AccountFigures accounts;

	HeadcountReconciliation(HeadcountDeclarationRepository declarations, OrgScopes scopes, OrgUnitDirectory units,
			LearnerDirectory learners, EnrolmentFigures enrolments, AccountFigures accounts) {
		this.declarations = declarations;
		this.scopes = scopes;
		this.units = units;
		this.learners = learners;
		this.enrolments = enrolments;
		this.accounts = accounts;
	}

	@PreAuthorize(HeadcountReads.READS)
	public List<UnitReconciliation> reconcile(String period, @Nullable Long unitId) {
		HeadcountDeclaration.requirePeriod(period);
		List<String> roots = unitId == null ? scopes.current().rootPaths()
				: List.of(scopes.requireVisible(unitId).path());
		List<UnitReconciliation> rows = new ArrayList<>();
		for (String root : roots) {
			rows.addAll(reconcileSubtree(root, period));
		}
		return rows;
	}

	private List<UnitReconciliation> reconcileSubtree(String root, String period) {
		Map<Long, HeadcountDeclaration> approved = new HashMap<>();
		Map<Long, HeadcountDeclaration> pending = new HashMap<>();
		for (HeadcountDeclaration declaration : declarations.findInSubtree(root, period,
				DeclarationStatus.onlyOrAll(null))) {
			if (declaration.getStatus() == DeclarationStatus.APPROVED) {
				approved.put(declaration.getUnitId(), declaration);
			}
			else if (declaration.getStatus().isOpen()) {
				pending.put(declaration.getUnitId(), declaration);
			}
		}
		Map<Long, Map<LearnerCategory, Long>> registered = learners.countActiveByUnitAndCategory(root);
		Map<Long, Map<LearnerCategory, Long>> enrolled = enrolments.enrolledLearnersByUnitAndCategory(root);
		Map<Long, Map<LearnerCategory, Long>> issued = accounts.usableAccountsByUnitAndCategory(root);
		List<UnitReconciliation> rows = new ArrayList<>();
		for (OrgUnitSummary unit : units.subtree(root)) {
			Map<LearnerCategory, Long> unitRegistered = registered.getOrDefault(unit.id(), Map.of());
			boolean hasFigures = approved.containsKey(unit.id()) || pending.containsKey(unit.id())
					|| !unitRegistered.isEmpty();
			if (unit.status() != OrgUnitStatus.ACTIVE && !hasFigures) {
				continue;
			}
			HeadcountDeclaration unitApproved = approved.get(unit.id());
			rows.add(new UnitReconciliation(unit, unitApproved, pending.get(unit.id()), unitRegistered,
					enrolled.getOrDefault(unit.id(), Map.of()), issued.getOrDefault(unit.id(), Map.of()), List.of(),
					DiscrepancyPolicy.between(unitApproved == null ? null : unitApproved.getCounts(), unitRegistered)));
		}
		return rows;
	}

}
