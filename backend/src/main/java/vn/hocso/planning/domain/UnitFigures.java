package vn.hocso.planning.domain;

import org.jspecify.annotations.Nullable;

/**
 * One unit's figures for an indicator, its whole subtree included.
 *
 * @param headcount the denominator: per unit, the verified headcount where one is
 * approved, else the registered learners
 * @param numerator what the indicator's rule counts (one of enrolled, completed,
 * certified)
 */
public record UnitFigures(long unitId, String code, String name, String path, @Nullable Long parentId, boolean open,
		long headcount, DenominatorSource source, int verifiedUnits, int registeredUnits, long enrolled, long completed,
		long certified, long numerator) {

	/** The rate in percent, or null without a denominator. */
	public @Nullable Double rate() {
		return headcount == 0 ? null : 100.0 * numerator / headcount;
	}

}
