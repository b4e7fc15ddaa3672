package vn.hocso.planning.document;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

import vn.hocso.planning.domain.DenominatorSource;

/**
 * A monthly or yearly report of one indicator: one line per unit directly under the
 * reported unit, and the total. {@code basis} says whether the figures come from a stored
 * snapshot (reproducible) or a recount.
 */
public record PlanReport(String number, String kind, String period, LocalDate asOf, LocalDate issuedOn,
		@Nullable LocalDate snapshotDay, String basis, String planNumber, String planIssuer, String planTitle,
		String indicatorName, String targetUnit, String unitName, Line total, List<Line> lines,
		@Nullable String signerTitle, @Nullable String signerName) {

	public record Line(String code, String name, long headcount, DenominatorSource source, long enrolled,
			long completed, long certified, double value, double target, double gap) {
	}

}
