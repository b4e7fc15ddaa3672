package vn.hocso.account.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

/**
 * The sheets trainers print: Vietnamese names and codes must come out exactly as they
 * went in.
 */
class AccountSheetFilesTests {

	private static final List<SheetLine> LINES = List.of(
			new SheetLine("NA-DIENCHAU-DIENKY", "UBND xã Diễn Kỷ", "Nguyễn Thị Hồng Ánh", LocalDate.of(1990, 5, 2),
					"anhnth101", "k7m2-x9qa-3hf8-wz5c", LocalDate.of(2026, 12, 21)),
			new SheetLine("NA-DIENCHAU-DIENKY", "UBND xã Diễn Kỷ", "Đặng Quốc Hưng", null, "hungdq102",
					"a1b2-c3d4-e5f6-g7h8", LocalDate.of(2026, 12, 21)));

	@Test
	void pdfCardsCarryVietnameseNamesUsernamesAndCodesExactly() throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		PdfAccountSheet.write("UBND xã Diễn Kỷ", LINES, "https://hocso.nghean.gov.vn/", out);

		try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
			String text = new PDFTextStripper().getText(pdf);
			assertThat(text).contains("Nguyễn Thị Hồng Ánh", "Đặng Quốc Hưng", "UBND xã Diễn Kỷ", "anhnth101",
					"k7m2-x9qa-3hf8-wz5c", "hungdq102", "Mã kích hoạt", "https://hocso.nghean.gov.vn/");
			assertThat(pdf.getPage(0).getMediaBox().getWidth()).isCloseTo(595f,
					org.assertj.core.data.Offset.offset(2f));
		}
	}

	@Test
	void workbookHasOneRowPerLearnerWithItsCode() throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		XlsxAccountSheet.write(LINES, "https://hocso.nghean.gov.vn/", out);

		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
			List<Row> rows = workbook.getFirstSheet().read();
			assertThat(rows).hasSize(3);
			assertThat(rows.get(0).getCellText(5)).isEqualTo("Mã kích hoạt");
			assertThat(rows.get(1).getCellText(2)).isEqualTo("Nguyễn Thị Hồng Ánh");
			assertThat(rows.get(1).getCellText(3)).isEqualTo("02/05/1990");
			assertThat(rows.get(1).getCellText(5)).isEqualTo("k7m2-x9qa-3hf8-wz5c");
			assertThat(rows.get(2).getCellText(4)).isEqualTo("hungdq102");
		}
	}

	@Test
	void htmlOfTheCardsEscapesMarkupInNames() {
		String html = PdfAccountSheet.html("x",
				List.of(new SheetLine("U", "<b>Unit</b>", "A & B", null, "ab1", "code", null)), "http://x/");

		assertThat(html).contains("A &amp; B", "&lt;b&gt;Unit&lt;/b&gt;").doesNotContain("<b>Unit</b>");
	}

}
