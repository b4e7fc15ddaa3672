package vn.hocso.headcount;

/** What happened to a working-age population declaration. */
public final class PopulationEvents {

	private PopulationEvents() {
	}

	/**
	 * The figure was verified: from now on it is the commune's denominator for the year.
	 */
	public record PopulationApproved(long declarationId, long unitId, String period, long workingAge) {
	}

}
