package vn.hocso.learner.importing;

import java.util.ArrayList;
import java.util.List;

import vn.hocso.learner.importing.RawSheet.RawRow;

/**
 * RFC 4180 CSV with the separator guessed from the first lines (";" as Excel writes it in Vietnamese
 * locales, "," or a tab): quoted fields may hold separators, doubled quotes and line breaks.
 */
final class CsvParser {

	private CsvParser() {
	}

	/** The non-blank records with the line each starts on, at most {@code maxRecords} of them. */
	static List<RawRow> records(String text, int maxRecords) {
		char separator = separator(text);
		List<List<String>> records = new ArrayList<>();
		List<Integer> lines = new ArrayList<>();
		List<String> record = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		int line = 1;
		int recordLine = 1;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (quoted) {
				if (c == '"') {
					if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
						field.append('"');
						i++;
					}
					else {
						quoted = false;
					}
				}
				else {
					if (c == '\n') {
						line++;
					}
					field.append(c);
				}
			}
			else if (c == '"' && field.isEmpty()) {
				quoted = true;
			}
			else if (c == separator) {
				record.add(field.toString().strip());
				field.setLength(0);
			}
			else if (c == '\n' || c == '\r') {
				if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
					i++;
				}
				record.add(field.toString().strip());
				field.setLength(0);
				add(records, lines, record, recordLine, maxRecords);
				record = new ArrayList<>();
				line++;
				recordLine = line;
			}
			else {
				field.append(c);
			}
		}
		if (!field.isEmpty() || !record.isEmpty()) {
			record.add(field.toString().strip());
			add(records, lines, record, recordLine, maxRecords);
		}
		List<RawRow> rows = new ArrayList<>();
		for (int r = 0; r < records.size(); r++) {
			rows.add(new RawRow(lines.get(r), records.get(r)));
		}
		return rows;
	}

	private static void add(List<List<String>> records, List<Integer> lines, List<String> record, int line,
			int maxRecords) {
		if (record.stream().allMatch(String::isBlank)) {
			return;
		}
		if (records.size() >= maxRecords) {
			// One record more than the caller allows is enough for it to refuse the file.
			return;
		}
		records.add(record);
		lines.add(line);
	}

	/** The candidate that splits some line near the top (title lines may hold none) into the most fields. */
	private static char separator(String text) {
		char best = ',';
		long most = 0;
		List<String> top = text.lines().limit(HeaderRow.SCAN + 1L).toList();
		for (char candidate : new char[] { ',', ';', '\t' }) {
			for (String line : top) {
				long count = line.chars().filter(c -> c == candidate).count();
				if (count > most) {
					most = count;
					best = candidate;
				}
			}
		}
		return best;
	}

}
