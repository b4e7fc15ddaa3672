package vn.hocso.headcount;

import java.util.Map;

/**
 * The verified working-age populations per commune, the denominator of citizen
 * indicators. Not scoped: callers (planning) check the caller's scope themselves.
 */
public interface VerifiedPopulations {

	/**
	 * Each unit under the path prefix with an approved working-age population for
	 * {@code year} or, when that year has none yet (statistics come a year late), for the
	 * latest earlier year.
	 */
	Map<Long, Figure> workingAgeByUnitInSubtree(String unitPathPrefix, int year);

	/**
	 * An approved figure: the population, the year it is for, and where it comes from.
	 */
	record Figure(long workingAge, String period, String source) {
	}

}
