package vn.hocso.headcount.population;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Sheet;
import org.jspecify.annotations.Nullable;

import vn.hocso.platform.ProblemException;
import vn.hocso.platform.csv.OfficeCsv;

/**
 * Reads a file of working-age populations: .xlsx (first sheet; told by its first bytes)
 * or CSV (UTF-8, comma or semicolon). The header row, which may sit below title rows,
 * names the columns, in Vietnamese or English and in any order: the unit's code ("Mã đơn
 * vị"), the population ("Dân số trong độ tuổi lao động"), optionally the source ("Nguồn
 * số liệu") and the year ("Năm").
 */
public final class PopulationSheet {

	static final int MAX_ROWS = 20_000;

	private static final int HEADER_SCAN = 10;

	private PopulationSheet() {
	}

	/** One data row: its number as the uploader sees it (1-based), the cells as read. */
	public record Row(int number, String unitCode, @Nullable Long workingAge, String rawCount, @Nullable String source,
			@Nullable String period) {
	}

	public static List<Row> read(byte[] content) {
		if (content.length == 0) {
			throw ProblemException.badRequest("population.import-empty");
		}
		List<List<String>> rows = content.length >= 4 && ReadableWorkbook.isOOXMLZipHeader(content) ? xlsx(content)
				: csv(new String(stripBom(content), StandardCharsets.UTF_8));
		for (int header = 0; header < Math.min(HEADER_SCAN, rows.size()); header++) {
			int[] columns = columns(rows.get(header));
			if (columns[0] >= 0 && columns[1] >= 0) {
				List<Row> data = new ArrayList<>();
				for (int i = header + 1; i < rows.size(); i++) {
					List<String> cells = rows.get(i);
					if (cells.stream().allMatch(String::isBlank)) {
						continue;
					}
					String raw = cell(cells, columns[1]);
					data.add(new Row(i + 1, cell(cells, columns[0]), count(raw), raw,
							blankToNull(cell(cells, columns[2])), blankToNull(cell(cells, columns[3]))));
				}
				if (data.size() > MAX_ROWS) {
					throw ProblemException.badRequest("population.import-too-many", MAX_ROWS);
				}
				return data;
			}
		}
		throw ProblemException.badRequest("population.import-no-header");
	}

	/** Column indexes of code, population, source, year (-1 when absent). */
	private static int[] columns(List<String> header) {
		int[] found = { -1, -1, -1, -1 };
		for (int i = 0; i < header.size(); i++) {
			String name = plain(header.get(i));
			if (found[0] < 0 && (name.startsWith("ma") || name.contains("code"))) {
				found[0] = i;
			}
			else if (found[1] < 0 && (name.contains("lao dong") || name.contains("working") || name.contains("dan so")
					|| name.contains("population"))) {
				found[1] = i;
			}
			else if (found[2] < 0 && (name.startsWith("nguon") || name.contains("source"))) {
				found[2] = i;
			}
			else if (found[3] < 0 && (name.equals("nam") || name.equals("year"))) {
				found[3] = i;
			}
		}
		return found;
	}

	/**
	 * "12.345", "12,345", "12 345" and 12345.0 are all twelve thousand three hundred and
	 * forty-five.
	 */
	static @Nullable Long count(String raw) {
		String digits = raw.strip().replaceAll("[\\s.,\u00a0]", "");
		if (raw.strip().matches("\\d+\\.0+")) {
			digits = raw.strip().substring(0, raw.strip().indexOf('.'));
		}
		if (!digits.matches("\\d{1,12}")) {
			return null;
		}
		return Long.parseLong(digits);
	}

	static String plain(String text) {
		String decomposed = Normalizer.normalize(text.strip().toLowerCase(Locale.ROOT).replace('đ', 'd'),
				Normalizer.Form.NFD);
		return decomposed.replaceAll("\\p{M}", "").replaceAll("\\s+", " ");
	}

	private static String cell(List<String> cells, int index) {
		return index < 0 || index >= cells.size() ? ""
				: Normalizer.normalize(cells.get(index).strip(), Normalizer.Form.NFC);
	}

	private static @Nullable String blankToNull(String text) {
		return text.isBlank() ? null : text;
	}

	private static byte[] stripBom(byte[] content) {
		if (content.length >= 3 && content[0] == (byte) 0xEF && content[1] == (byte) 0xBB
				&& content[2] == (byte) 0xBF) {
			return Arrays.copyOfRange(content, 3, content.length);
		}
		return content;
	}

	private static List<List<String>> xlsx(byte[] content) {
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(content))) {
			Sheet sheet = workbook.getFirstSheet();
			List<List<String>> rows = new ArrayList<>();
			try (Stream<org.dhatim.fastexcel.reader.Row> stream = sheet.openStream()) {
				stream.limit(MAX_ROWS + HEADER_SCAN + 1L).forEach(row -> {
					List<String> cells = new ArrayList<>();
					for (int i = 0; i < row.getCellCount(); i++) {
						cells.add(text(row.getCell(i)));
					}
					// Keep the sheet's own row numbers, so that a problem names the row
					// the uploader sees.
					while (rows.size() < row.getRowNum() - 1) {
						rows.add(List.of());
					}
					rows.add(cells);
				});
			}
			return rows;
		}
		catch (IOException | RuntimeException ex) {
			throw ProblemException.badRequest("population.import-unreadable");
		}
	}

	private static String text(@Nullable Cell cell) {
		if (cell == null) {
			return "";
		}
		if (cell.getType() == CellType.NUMBER) {
			BigDecimal number = cell.asNumber();
			return number.stripTrailingZeros().toPlainString();
		}
		String raw = cell.getRawValue();
		return cell.getType() == CellType.STRING ? cell.asString() : raw == null ? "" : raw;
	}

	/**
	 * The CSV's records as rows (a quoted field may span lines); the separator is the
	 * header's: ";" or ",".
	 */
	static List<List<String>> csv(String text) {
		return OfficeCsv.read(text, new char[] { ',', ';' }, HEADER_SCAN + 1, MAX_ROWS + HEADER_SCAN)
			.stream()
			.map(OfficeCsv.Line::fields)
			.toList();
	}

}
