package vn.hocso.planning.domain;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import vn.hocso.learner.LearnerCategory;

/**
 * An indicator's figures for every unit of a subtree (each with its own subtree's
 * totals).
 */
public record TreeFigures(UnitFigures root, Map<Long, UnitFigures> byUnit, Map<LearnerCategory, long[]> byCategory) {

	/** The root's children, including closed ones that still carry figures. */
	public List<UnitFigures> children() {
		return childrenOf(root.unitId());
	}

	public List<UnitFigures> childrenOf(long unitId) {
		return byUnit.values()
			.stream()
			.filter(unit -> unit.parentId() != null && unit.parentId() == unitId)
			.filter(unit -> unit.open() || unit.headcount() > 0 || unit.numerator() > 0)
			.sorted(Comparator.comparing(UnitFigures::code))
			.toList();
	}

}
