package vn.hocso.learner.importing;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import vn.hocso.learner.importing.RawSheet.RawRow;
import vn.hocso.platform.ProblemException;

/**
 * Finds the header among a sheet's first rows: the first row that names every required
 * column (Vietnamese with or without diacritics, or English). Rows above it — the "DANH
 * SÁCH CÁN BỘ…" title merged over the columns, the issuing office, the date — are left
 * out and reported.
 */
final class HeaderRow {

	/** How many non-blank rows from the top may precede the header. */
	static final int SCAN = 20;

	private HeaderRow() {
	}

	/**
	 * The index (in {@code rows}) of the header, or -1 when none of the first rows is
	 * one.
	 */
	static int find(List<RawRow> rows) {
		for (int i = 0; i < Math.min(rows.size(), SCAN); i++) {
			if (missing(rows.get(i)).isEmpty()) {
				return i;
			}
		}
		return -1;
	}

	/**
	 * The refusal for a sheet without a header: the columns that the closest row lacks.
	 */
	static ProblemException missingColumns(List<RawRow> rows) {
		List<ImportColumn> best = missing(new RawRow(1, List.of()));
		for (int i = 0; i < Math.min(rows.size(), SCAN); i++) {
			List<ImportColumn> missing = missing(rows.get(i));
			if (missing.size() < best.size()) {
				best = missing;
			}
		}
		return ProblemException.badRequest("learner-import.missing-columns",
				String.join(", ", best.stream().map(ImportColumn::templateHeader).toList()), SCAN);
	}

	private static List<ImportColumn> missing(RawRow row) {
		Set<ImportColumn> found = EnumSet.noneOf(ImportColumn.class);
		row.cells().forEach(cell -> ImportColumn.matching(cell).ifPresent(found::add));
		List<ImportColumn> missing = new ArrayList<>();
		for (ImportColumn column : ImportColumn.values()) {
			if (column.requiredHeader() && !found.contains(column)) {
				missing.add(column);
			}
		}
		return missing;
	}

}
