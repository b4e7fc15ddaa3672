package vn.hocso.platform.csv;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import vn.hocso.platform.ProblemException;

/**
 * CSV as offices save it (RFC 4180: quoted fields may hold separators, doubled quotes and
 * line breaks), read by Commons CSV. Excel in a Vietnamese locale writes ";", others ","
 * or a tab, so the separator is the one that splits some line near the top into the most
 * fields (a title line above the header may hold none). Lenient where a person's file is
 * merely untidy: text after a closing quote is kept, and a quote left open runs to the
 * end of the file rather than failing the upload.
 */
public final class OfficeCsv {

	/**
	 * One record: the line it starts on (1-based, as an editor shows it) and its fields
	 * as written.
	 */
	public record Line(int line, List<String> fields) {

		public boolean isBlank() {
			return fields.stream().allMatch(String::isBlank);
		}

	}

	private OfficeCsv() {
	}

	/**
	 * The records of {@code text}, blank ones included, stopping after {@code maxRecords}
	 * non-blank ones (one more than a caller allows is enough for it to refuse the file).
	 * @param separators the candidates, most likely first
	 * @param scanLines how many lines from the top decide the separator
	 */
	public static List<Line> read(String text, char[] separators, int scanLines, int maxRecords) {
		char separator = separator(text, separators, scanLines);
		int[] lineStarts = lineStarts(text);
		CSVFormat format = CSVFormat.RFC4180.builder()
			.setDelimiter(separator)
			// Kept (as one blank field) so that callers numbering records count empty
			// lines like an editor.
			.setIgnoreEmptyLines(false)
			.setTrailingData(true)
			.setLenientEof(true)
			.get();
		List<Line> records = new ArrayList<>();
		int nonBlank = 0;
		try (CSVParser parser = CSVParser.builder().setReader(new StringReader(text)).setFormat(format).get()) {
			for (CSVRecord csv : parser) {
				Line record = new Line(lineOf(lineStarts, csv.getCharacterPosition()), csv.toList());
				if (!record.isBlank()) {
					if (nonBlank == maxRecords) {
						break;
					}
					nonBlank++;
				}
				records.add(record);
			}
		}
		catch (IOException | UncheckedIOException e) {
			// A StringReader never fails to read; Commons CSV reports malformed input
			// this way: the
			// uploader gets a 400 that says what to do, never a 500.
			throw ProblemException.badRequest("csv.unreadable", Objects.toString(e.getMessage(), ""));
		}
		return records;
	}

	private static char separator(String text, char[] candidates, int scanLines) {
		char best = candidates[0];
		long most = 0;
		List<String> top = text.lines().limit(scanLines).toList();
		for (char candidate : candidates) {
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

	/**
	 * Where each line starts: after "\n", "\r\n" or a lone "\r", like Commons CSV counts
	 * them.
	 */
	private static int[] lineStarts(String text) {
		int[] starts = new int[16];
		int count = 1; // line 1 starts at 0
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			boolean lineEnd = c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'));
			if (lineEnd) {
				if (count == starts.length) {
					starts = Arrays.copyOf(starts, count * 2);
				}
				starts[count++] = i + 1;
			}
		}
		return Arrays.copyOf(starts, count);
	}

	private static int lineOf(int[] lineStarts, long position) {
		int index = Arrays.binarySearch(lineStarts, (int) position);
		return (index >= 0 ? index : -index - 2) + 1;
	}

}
