package vn.hocso.learner.importing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

import vn.hocso.learner.importing.RawSheet.RawRow;
import vn.hocso.platform.ProblemException;

/**
 * Reads an uploaded staff list, telling the format by its first bytes, never by its name: a zip is an
 * .xlsx (its first sheet), text in UTF-8 (BOM or not) or UTF-16 with a BOM is CSV, anything else is refused.
 * A formula cell gives its cached value; one without a cached value reads as "=formula" and the row is refused.
 */
@Component
class SpreadsheetReader {

	private static final Logger log = LoggerFactory.getLogger(SpreadsheetReader.class);

	private static final byte[] UTF8_BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

	private final LearnerImportProperties limits;

	SpreadsheetReader(LearnerImportProperties limits) {
		this.limits = limits;
	}

	RawSheet read(byte[] content) {
		if (content.length == 0) {
			throw ProblemException.badRequest("learner-import.empty-file");
		}
		if (content.length > limits.maxFileSize().toBytes()) {
			throw new ProblemException(HttpStatus.valueOf(413), "learner-import.too-large",
					limits.maxFileSize().toMegabytes());
		}
		RawSheet sheet;
		if (ReadableWorkbook.isOOXMLZipHeader(content)) {
			sheet = readXlsx(content);
		}
		else if (ReadableWorkbook.isOLE2Header(content)) {
			throw ProblemException.badRequest("learner-import.legacy-xls");
		}
		else {
			sheet = CsvParser.parse(decodeText(content), limits.maxRows());
		}
		if (sheet.headers().stream().allMatch(String::isBlank)) {
			throw ProblemException.badRequest("learner-import.empty-file");
		}
		if (sheet.rows().isEmpty()) {
			throw ProblemException.badRequest("learner-import.no-data-rows");
		}
		return sheet;
	}

	private RawSheet readXlsx(byte[] content) {
		requireSaneZip(content);
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(content));
				Stream<Row> stream = workbook.getFirstSheet().openStream()) {
			Iterator<Row> rows = stream.iterator();
			List<String> headers = null;
			List<RawRow> data = new ArrayList<>();
			while (rows.hasNext()) {
				Row row = rows.next();
				List<String> cells = new ArrayList<>(row.getCellCount());
				for (int i = 0; i < row.getCellCount(); i++) {
					cells.add(text(row.getCell(i)));
				}
				if (cells.stream().allMatch(String::isBlank)) {
					continue;
				}
				if (headers == null) {
					headers = cells;
				}
				else {
					data.add(new RawRow(row.getRowNum(), cells));
					if (data.size() > limits.maxRows()) {
						throw ProblemException.badRequest("learner-import.too-many-rows", limits.maxRows());
					}
				}
			}
			return new RawSheet(headers == null ? List.of() : headers, data);
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof ProblemException problem) {
				throw problem;
			}
			log.info("Unreadable .xlsx upload: {}", ex.toString());
			throw ProblemException.badRequest("learner-import.not-a-spreadsheet");
		}
	}

	private static String text(Cell cell) {
		if (cell == null) {
			return "";
		}
		if (cell.getType() == CellType.FORMULA) {
			String cached = cell.getRawValue();
			return cached == null || cached.isEmpty() ? "=" + cell.getFormula() : cached.strip();
		}
		if (cell.getType() == CellType.NUMBER) {
			// 123456789012 and 32874 (a date serial), not 1.23456789012E11 and 32874.0.
			BigDecimal number = cell.asNumber();
			return number.stripTrailingZeros().toPlainString();
		}
		String raw = cell.getText();
		return raw == null ? "" : raw.strip();
	}

	/** Counts what the zip really expands to (declared sizes can lie) and stops at the configured cap. */
	private void requireSaneZip(byte[] content) {
		long cap = limits.maxUncompressedSize().toBytes();
		long total = 0;
		boolean workbook = false;
		byte[] buffer = new byte[64 * 1024];
		// Excel and fastexcel write entries with data descriptors, which java.util.zip's stream reader refuses.
		try (ZipArchiveInputStream zip = new ZipArchiveInputStream(new ByteArrayInputStream(content), "UTF-8", true,
				true)) {
			ZipArchiveEntry entry;
			while ((entry = zip.getNextEntry()) != null) {
				workbook |= entry.getName().equals("xl/workbook.xml");
				int read;
				while ((read = zip.read(buffer)) > 0) {
					total += read;
					if (total > cap) {
						throw ProblemException.badRequest("learner-import.zip-bomb", limits.maxUncompressedSize().toMegabytes());
					}
				}
			}
		}
		catch (IOException ex) {
			log.info("Unreadable zip upload: {}", ex.toString());
			throw ProblemException.badRequest("learner-import.not-a-spreadsheet");
		}
		if (!workbook) {
			throw ProblemException.badRequest("learner-import.not-a-spreadsheet");
		}
	}

	private static String decodeText(byte[] content) {
		Charset charset = StandardCharsets.UTF_8;
		int skip = 0;
		if (startsWith(content, UTF8_BOM)) {
			skip = 3;
		}
		else if (content.length >= 2 && (content[0] & 0xFF) == 0xFF && (content[1] & 0xFF) == 0xFE) {
			charset = StandardCharsets.UTF_16LE;
			skip = 2;
		}
		else if (content.length >= 2 && (content[0] & 0xFF) == 0xFE && (content[1] & 0xFF) == 0xFF) {
			charset = StandardCharsets.UTF_16BE;
			skip = 2;
		}
		String text;
		try {
			text = charset.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(content, skip, content.length - skip))
				.toString();
		}
		catch (CharacterCodingException ex) {
			throw ProblemException.badRequest("learner-import.not-a-spreadsheet");
		}
		// Control characters other than tab and line breaks mean binary data, not a table.
		if (text.chars().anyMatch(c -> c < 0x20 && c != '\t' && c != '\n' && c != '\r')) {
			throw ProblemException.badRequest("learner-import.not-a-spreadsheet");
		}
		return text;
	}

	private static boolean startsWith(byte[] content, byte[] prefix) {
		if (content.length < prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if (content[i] != prefix[i]) {
				return false;
			}
		}
		return true;
	}

}
