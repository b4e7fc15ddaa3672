package vn.hocso.headcount;

/**
 * What happened to a declaration, for modules whose figures depend on the verified
 * headcount.
 */
public final class HeadcountEvents {

	private HeadcountEvents() {
	}

	/**
	 * Sở Nội vụ approved this declaration: from now on it is the unit's denominator for
	 * the period.
	 */
	public record HeadcountApproved(long declarationId, long unitId, String period) {
	}

	/** Sở Nội vụ sent this declaration back to the unit with a reason. */
	public record HeadcountReturned(long declarationId, long unitId, String period, String reason) {
	}

}
