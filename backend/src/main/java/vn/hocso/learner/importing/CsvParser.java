package vn.hocso.learner.importing;

import java.util.ArrayList;
import java.util.List;

import vn.hocso.learner.importing.RawSheet.RawRow;
import vn.hocso.platform.ProblemException;

/**
 * RFC 4180 CSV with the separator guessed from the header line (";" as Excel writes it in Vietnamese
 * locales, "," or a tab): quoted fields may hold separators, doubled quotes and line breaks.
 */
final class CsvParser {

	private CsvParser() {
	}

	static RawSheet parse(String text, int maxRows) {
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
				add(records, lines, record, recordLine, maxRows);
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
			add(records, lines, record, recordLine, maxRows);
		}
		if (records.isEmpty()) {
			return new RawSheet(List.of(), List.of());
		}
		List<RawRow> rows = new ArrayList<>();
		for (int r = 1; r < records.size(); r++) {
			rows.add(new RawRow(lines.get(r), records.get(r)));
		}
		return new RawSheet(records.get(0), rows);
	}

	private static void add(List<List<String>> records, List<Integer> lines, List<String> record, int line, int maxRows) {
		if (record.stream().allMatch(String::isBlank)) {
			return;
		}
		if (records.size() > maxRows) {
			throw ProblemException.badRequest("learner-import.too-many-rows", maxRows);
		}
		records.add(record);
		lines.add(line);
	}

	private static char separator(String text) {
		int end = text.indexOf('\n');
		String header = end < 0 ? text : text.substring(0, end);
		char best = ',';
		long most = header.chars().filter(c -> c == ',').count();
		for (char candidate : new char[] { ';', '\t' }) {
			long count = header.chars().filter(c -> c == candidate).count();
			if (count > most) {
				most = count;
				best = candidate;
			}
		}
		return best;
	}

}
