package vn.hocso.learner.importing;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.dhatim.fastexcel.reader.SheetVisibility;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

import vn.hocso.learner.importing.RawSheet.RawRow;
import vn.hocso.platform.ProblemException;

/**
 * Reads an uploaded staff list, telling the format by its first bytes, never by its name:
 * a zip is an .xlsx (the first visible sheet holding a list, or the one picked; hidden
 * sheets never), text in UTF-8 (BOM or not) or UTF-16 with a BOM is CSV, anything else is
 * refused. The header may sit below title rows. A formula cell gives its cached value;
 * one without a cached value reads as "=formula" and the row is refused. Date cells
 * become dd/mm/yyyy in the workbook's date system; all text is NFC.
 */
@Component
class SpreadsheetReader {

	private static final Logger log = LoggerFactory.getLogger(SpreadsheetReader.class);

	private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("dd/MM/uuuu");

	private static final Pattern DATE_1904 = Pattern
		.compile("<(?:\\w+:)?workbookPr\\b[^>]*\\bdate1904\\s*=\\s*[\"'](?:1|true)[\"']");

	private static final byte[] UTF8_BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

	private final LearnerImportProperties limits;

	SpreadsheetReader(LearnerImportProperties limits) {
		this.limits = limits;
	}

	RawSheet read(byte[] content) {
		return read(content, null);
	}

	/**
	 * {@code sheet}: the worksheet the uploader picked, or null for the first visible one
	 * that holds a list.
	 */
	RawSheet read(byte[] content, @Nullable String sheet) {
		if (content.length == 0) {
			throw ProblemException.badRequest("learner-import.empty-file");
		}
		if (content.length > limits.maxFileSize().toBytes()) {
			throw new ProblemException(HttpStatus.valueOf(413), "learner-import.too-large",
					limits.maxFileSize().toMegabytes());
		}
		if (isZip(content)) {
			return readXlsx(content, sheet);
		}
		if (isOle2(content)) {
			throw ProblemException.badRequest("learner-import.legacy-xls");
		}
		List<RawRow> records = CsvParser.records(decodeText(content), limits.maxRows() + HeaderRow.SCAN + 1);
		if (records.isEmpty()) {
			throw ProblemException.badRequest("learner-import.empty-file");
		}
		int header = HeaderRow.find(records);
		if (header < 0) {
			throw HeaderRow.missingColumns(records);
		}
		return split(records, header, null, List.of());
	}

	/**
	 * The header, the data rows below it and the rows above it; refuses a list without
	 * data or too long.
	 */
	private RawSheet split(List<RawRow> rows, int header, @Nullable String sheetName, List<String> otherSheets) {
		List<RawRow> data = rows.subList(header + 1, rows.size());
		if (data.isEmpty()) {
			throw ProblemException.badRequest("learner-import.no-data-rows");
		}
		if (data.size() > limits.maxRows()) {
			throw ProblemException.badRequest("learner-import.too-many-rows", limits.maxRows());
		}
		RawRow headerRow = rows.get(header);
		return new RawSheet(headerRow.cells(), List.copyOf(data),
				new RawSheet.Layout(sheetName, otherSheets, headerRow.number(), List.copyOf(rows.subList(0, header))));
	}

	/**
	 * 1–7 byte uploads are shorter than any signature: checked by length first, never
	 * read past the end.
	 */
	static boolean isZip(byte[] content) {
		return content.length >= 4 && ReadableWorkbook.isOOXMLZipHeader(content);
	}

	static boolean isOle2(byte[] content) {
		return content.length >= 8 && ReadableWorkbook.isOLE2Header(content);
	}

	private RawSheet readXlsx(byte[] content, @Nullable String picked) {
		boolean declares1904 = requireSaneZip(content);
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(content),
				new ReadingOptions(true, false))) {
			boolean date1904 = declares1904 || workbook.isDate1904();
			List<Sheet> visible = workbook.getSheets()
				.filter(s -> s.getVisibility() == SheetVisibility.VISIBLE)
				.toList();
			if (visible.isEmpty()) {
				throw ProblemException.badRequest("learner-import.empty-file");
			}
			List<String> names = visible.stream().map(Sheet::getName).toList();
			// Every visible sheet whose first rows hold a header is a list the uploader
			// may mean.
			List<Sheet> lists = new ArrayList<>();
			for (Sheet sheet : visible) {
				if (HeaderRow.find(rows(sheet, date1904, HeaderRow.SCAN)) >= 0) {
					lists.add(sheet);
				}
			}
			Sheet chosen;
			if (picked != null) {
				chosen = visible.stream()
					.filter(s -> s.getName().strip().equalsIgnoreCase(picked.strip()))
					.findFirst()
					.orElseThrow(() -> ProblemException.badRequest("learner-import.sheet-not-found", picked,
							String.join(", ", names)));
			}
			else {
				chosen = lists.isEmpty() ? visible.getFirst() : lists.getFirst();
			}
			List<RawRow> rows = rows(chosen, date1904, limits.maxRows() + HeaderRow.SCAN + 1);
			if (rows.isEmpty()) {
				throw ProblemException.badRequest("learner-import.empty-file");
			}
			int header = HeaderRow.find(rows);
			if (header < 0) {
				throw HeaderRow.missingColumns(rows);
			}
			List<String> others = lists.stream().filter(s -> s != chosen).map(Sheet::getName).toList();
			return split(rows, header, chosen.getName(), others);
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof ProblemException problem) {
				throw problem;
			}
			log.info("Unreadable .xlsx upload: {}", ex.toString());
			throw ProblemException.badRequest("learner-import.not-a-spreadsheet");
		}
	}

	/**
	 * The sheet's non-blank rows, at most {@code limit} (one more than allowed is enough
	 * to refuse).
	 */
	private static List<RawRow> rows(Sheet sheet, boolean date1904, int limit) throws IOException {
		List<RawRow> rows = new ArrayList<>();
		try (Stream<Row> stream = sheet.openStream()) {
			Iterator<Row> iterator = stream.iterator();
			while (iterator.hasNext() && rows.size() < limit) {
				Row row = iterator.next();
				List<String> cells = new ArrayList<>(row.getCellCount());
				for (int i = 0; i < row.getCellCount(); i++) {
					cells.add(text(row.getCell(i), date1904));
				}
				if (!cells.stream().allMatch(String::isBlank)) {
					rows.add(new RawRow(row.getRowNum(), cells));
				}
			}
		}
		return rows;
	}

	private static String text(@Nullable Cell cell, boolean date1904) {
		if (cell == null) {
			return "";
		}
		if (cell.getType() == CellType.FORMULA) {
			String cached = cell.getRawValue();
			return cached == null || cached.isEmpty() ? "=" + cell.getFormula() : nfc(cached.strip());
		}
		if (cell.getType() == CellType.NUMBER) {
			BigDecimal number = cell.asNumber();
			if (ExcelDates.isDateFormat(cell.getDataFormatId(), cell.getDataFormatString())) {
				// Written the way the uploader sees it, so that the row's checks read it
				// like a typed date.
				return ExcelDates.toDate(number, date1904)
					.map(DAY_MONTH_YEAR::format)
					.orElse(number.stripTrailingZeros().toPlainString());
			}
			// 123456789012, not 1.23456789012E11.
			return number.stripTrailingZeros().toPlainString();
		}
		String raw = cell.getText();
		return raw == null ? "" : nfc(raw.strip());
	}

	private static String nfc(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFC);
	}

	/**
	 * Counts what the zip really expands to (declared sizes can lie) and stops at the
	 * configured cap. Answers whether xl/workbook.xml declares the 1904 date system:
	 * Excel writes {@code date1904="1"}, which fastexcel's {@code isDate1904()}
	 * (Boolean.parseBoolean) reads as false.
	 */
	private boolean requireSaneZip(byte[] content) {
		long cap = limits.maxUncompressedSize().toBytes();
		long total = 0;
		boolean workbook = false;
		boolean date1904 = false;
		byte[] buffer = new byte[64 * 1024];
		// Excel and fastexcel write entries with data descriptors, which java.util.zip's
		// stream reader refuses.
		try (ZipArchiveInputStream zip = new ZipArchiveInputStream(new ByteArrayInputStream(content), "UTF-8", true,
				true)) {
			ZipArchiveEntry entry;
			while ((entry = zip.getNextEntry()) != null) {
				boolean workbookPart = entry.getName().equals("xl/workbook.xml");
				workbook |= workbookPart;
				// workbookPr comes before the sheet list: the part's first 64 KB hold it.
				ByteArrayOutputStream head = new ByteArrayOutputStream();
				int read;
				while ((read = zip.read(buffer)) > 0) {
					if (workbookPart && head.size() < 65_536) {
						head.write(buffer, 0, Math.min(read, 65_536 - head.size()));
					}
					total += read;
					if (total > cap) {
						throw ProblemException.badRequest("learner-import.zip-bomb",
								limits.maxUncompressedSize().toMegabytes());
					}
				}
				if (workbookPart) {
					date1904 = DATE_1904.matcher(head.toString(StandardCharsets.UTF_8)).find();
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
		return date1904;
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
		// Control characters other than tab and line breaks mean binary data, not a
		// table.
		if (text.chars().anyMatch(c -> c < 0x20 && c != '\t' && c != '\n' && c != '\r')) {
			throw ProblemException.badRequest("learner-import.not-a-spreadsheet");
		}
		return nfc(text);
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
