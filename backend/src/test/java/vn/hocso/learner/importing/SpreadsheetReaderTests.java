package vn.hocso.learner.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

import vn.hocso.platform.ProblemException;

/**
 * Reading uploads: formats told by content, text encodings, and the limits that protect
 * the server.
 */
class SpreadsheetReaderTests {

	SpreadsheetReader reader = new SpreadsheetReader(
			new LearnerImportProperties(DataSize.ofMegabytes(10), 100, DataSize.ofMegabytes(5), 5000));

	@Test
	void readsVietnameseTextFromAnXlsx() throws IOException {
		RawSheet sheet = reader.read(xlsx(ws -> {
			header(ws, 0);
			ws.value(1, 0, "Trần Thị Ngọc Ánh Ưng Ơn Đạt Diễm");
			ws.value(1, 1, 40123456789L);
		}));
		assertThat(sheet.headers()).containsExactly("Họ và tên", "Ngày sinh", "Mã đơn vị", "Đối tượng");
		assertThat(sheet.rows().get(0).cells()).containsExactly("Trần Thị Ngọc Ánh Ưng Ơn Đạt Diễm", "40123456789");
		assertThat(sheet.rows().get(0).number()).isEqualTo(2);
	}

	@Test
	void aFormulaWithoutACachedValueReadsAsTheFormula() throws IOException {
		RawSheet sheet = reader.read(xlsx(ws -> {
			header(ws, 0);
			ws.formula(1, 0, "CONCATENATE(\"a\",\"b\")");
		}));
		assertThat(sheet.rows().get(0).cell(0)).startsWith("=CONCATENATE");
	}

	@Test
	void readsCsvWithBomSemicolonsAndQuotedFields() {
		byte[] body = "\uFEFFHọ và tên;Chức vụ;Ngày sinh;Mã đơn vị;Đối tượng\r\n\"Nguyễn; Văn \"\"An\"\"\";\"Phó\nGiám đốc\"\r\n;\r\nLê Thị Bé;\r\n"
			.getBytes(StandardCharsets.UTF_8);
		RawSheet sheet = reader.read(body);
		assertThat(sheet.headers()).containsExactly("Họ và tên", "Chức vụ", "Ngày sinh", "Mã đơn vị", "Đối tượng");
		assertThat(sheet.rows()).hasSize(2);
		assertThat(sheet.rows().get(0).cells()).containsExactly("Nguyễn; Văn \"An\"", "Phó\nGiám đốc");
		assertThat(sheet.rows().get(1).cell(0)).isEqualTo("Lê Thị Bé");
	}

	@Test
	void readsCsvWithoutBomAndCommas() {
		RawSheet sheet = reader
			.read("Họ và tên,Mã đơn vị,Ngày sinh,Đối tượng\nĐỗ Văn Ước,NA\n".getBytes(StandardCharsets.UTF_8));
		assertThat(sheet.rows().get(0).cells()).containsExactly("Đỗ Văn Ước", "NA");
	}

	@Test
	void refusesBinaryThatIsNotASpreadsheet() {
		byte[] pdf = "%PDF-1.7\n\u0000\u0001binary".getBytes(StandardCharsets.ISO_8859_1);
		assertProblem(pdf, "learner-import.not-a-spreadsheet");
	}

	@Test
	void refusesAZipThatIsNotAWorkbook() throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			zip.putNextEntry(new ZipEntry("hello.txt"));
			zip.write("hi".getBytes(StandardCharsets.UTF_8));
		}
		assertProblem(out.toByteArray(), "learner-import.not-a-spreadsheet");
	}

	@Test
	void refusesAnOldXlsFile() {
		byte[] ole2 = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0,
				0 };
		assertProblem(ole2, "learner-import.legacy-xls");
	}

	@Test
	void refusesAnEmptyFile() {
		assertProblem(new byte[0], "learner-import.empty-file");
	}

	@Test
	void refusesAFileLargerThanTheLimit() {
		SpreadsheetReader small = new SpreadsheetReader(
				new LearnerImportProperties(DataSize.ofBytes(100), 100, DataSize.ofMegabytes(5), 5000));
		assertThatThrownBy(() -> small.read(new byte[101])).isInstanceOf(ProblemException.class)
			.satisfies(ex -> assertThat(((ProblemException) ex).status().value()).isEqualTo(413));
	}

	@Test
	void refusesAZipBombBeforeParsingIt() throws IOException {
		// 6 MB of zeros compresses to a few KB; the cap here is 5 MB.
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			zip.putNextEntry(new ZipEntry("xl/workbook.xml"));
			zip.write("<workbook/>".getBytes(StandardCharsets.UTF_8));
			zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
			byte[] zeros = new byte[1024 * 1024];
			for (int i = 0; i < 6; i++) {
				zip.write(zeros);
			}
		}
		assertThat(out.size()).isLessThan(100_000);
		assertProblem(out.toByteArray(), "learner-import.zip-bomb");
	}

	@Test
	void refusesMoreRowsThanTheLimit() {
		StringBuilder csv = new StringBuilder("Họ và tên,Ngày sinh,Mã đơn vị,Đối tượng\n");
		for (int i = 0; i < 101; i++) {
			csv.append("Người ").append(i).append('\n');
		}
		assertProblem(csv.toString().getBytes(StandardCharsets.UTF_8), "learner-import.too-many-rows");
	}

	private void assertProblem(byte[] content, String code) {
		assertThatThrownBy(() -> reader.read(content)).isInstanceOf(ProblemException.class)
			.satisfies(ex -> assertThat(((ProblemException) ex).code()).isEqualTo(code));
	}

	interface Fill {

		void into(Worksheet sheet);

	}

	static void header(Worksheet sheet, int row) {
		String[] names = { "Họ và tên", "Ngày sinh", "Mã đơn vị", "Đối tượng" };
		for (int c = 0; c < names.length; c++) {
			sheet.value(row, c, names[c]);
		}
	}

	static byte[] xlsx(Fill fill) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Workbook workbook = new Workbook(out, "test", "1.0");
		fill.into(workbook.newWorksheet("Sheet1"));
		workbook.finish();
		return out.toByteArray();
	}

}
