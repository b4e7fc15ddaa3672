package vn.hocso.learner.importing;

import java.util.List;

import vn.hocso.learner.importing.RawSheet.RawRow;
import vn.hocso.platform.csv.OfficeCsv;

/**
 * A staff list saved as CSV (";" as Excel writes it in Vietnamese locales, "," or a tab),
 * read by {@link OfficeCsv}; cells are stripped of surrounding white space, blank records
 * dropped.
 */
final class CsvParser {

	private static final char[] SEPARATORS = { ',', ';', '\t' };

	private CsvParser() {
	}

	/**
	 * The non-blank records with the line each starts on, at most {@code maxRecords} of
	 * them.
	 */
	static List<RawRow> records(String text, int maxRecords) {
		return OfficeCsv.read(text, SEPARATORS, HeaderRow.SCAN + 1, maxRecords)
			.stream()
			.filter(record -> !record.isBlank())
			.map(record -> new RawRow(record.line(), record.fields().stream().map(String::strip).toList()))
			.toList();
	}

}
