package vn.hocso.planning.domain;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import vn.hocso.learner.LearnerCategory;
import vn.hocso.learner.LearnerDirectory;
import vn.hocso.openlearning.QrReach;
import vn.hocso.organization.OrgUnitDirectory;
import vn.hocso.organization.OrgUnitSummary;

/**
 * Figures shown beside an indicator's own, never mixed into its value: the QR opens of
 * the communes beside a citizen indicator (reach, not completion), and the registered
 * officials beside the trained focal points (the learners each one guides). Each is per
 * unit of the subtree, its descendants included.
 */
@Component
class SideFigures {

	private final QrReach reach;

	private final LearnerDirectory learners;

	private final OrgUnitDirectory units;

	SideFigures(QrReach reach, LearnerDirectory learners, OrgUnitDirectory units) {
		this.reach = reach;
		this.learners = learners;
		this.units = units;
	}

	/**
	 * QR opens from {@code from} to {@code to} (inclusive) of the communes under each
	 * unit.
	 */
	Map<Long, Long> qrOpens(OrgUnitSummary root, LocalDate from, LocalDate to) {
		Map<Long, Long> own = reach.opensByCommune(from, to);
		return rolledUp(root, own);
	}

	/**
	 * Active learners who are not citizens (the officials a focal point guides) under
	 * each unit.
	 */
	Map<Long, Long> officials(OrgUnitSummary root) {
		Map<Long, Long> own = new HashMap<>();
		learners.countActiveByUnitAndCategory(root.path())
			.forEach((unitId, byCategory) -> byCategory.forEach((category, count) -> {
				if (category != LearnerCategory.CITIZEN) {
					own.merge(unitId, count, Long::sum);
				}
			}));
		return rolledUp(root, own);
	}

	private Map<Long, Long> rolledUp(OrgUnitSummary root, Map<Long, Long> own) {
		List<OrgUnitSummary> subtree = units.subtree(root.path());
		Map<Long, Long> total = new HashMap<>();
		subtree.forEach(unit -> total.put(unit.id(), own.getOrDefault(unit.id(), 0L)));
		subtree.stream()
			.sorted(Comparator.comparingInt((OrgUnitSummary u) -> u.path().length()).reversed())
			.forEach(unit -> {
				if (unit.id() != root.id() && unit.parentId() != null && total.containsKey(unit.parentId())) {
					total.merge(unit.parentId(), total.get(unit.id()), Long::sum);
				}
			});
		return total;
	}

	/**
	 * Learners per trained focal point, to one decimal; null before anyone is trained.
	 */
	static @Nullable Double perTrained(long officials, long trained) {
		return trained == 0 ? null : Math.round(officials * 10.0 / trained) / 10.0;
	}

}
