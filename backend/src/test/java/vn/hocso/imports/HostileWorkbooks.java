package vn.hocso.imports;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;

import org.dhatim.fastexcel.VisibilityState;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * The staff-list workbooks of the hostile corpus, built the way offices' files are: a
 * hidden old sheet first, a merged "DANH SÁCH…" banner above the header, dates as real
 * date cells (1900 or 1904 system), CCCDs typed as numbers, years typed into General
 * cells. Built here rather than stored: the bytes of a .xlsx say little in a review, the
 * code that makes them says what they hold.
 */
final class HostileWorkbooks {

	static final String UNIT = "NA-DIENCHAU-DIENKY";

	static final List<String> HEADERS = List.of("Họ và tên", "Ngày sinh", "Giới tính", "Số CCCD", "Email",
			"Số điện thoại", "Mã đơn vị", "Đối tượng", "Chức vụ");

	private HostileWorkbooks() {
	}

	interface Sheets {

		void fill(Workbook workbook) throws IOException;

	}

	static byte[] workbook(Sheets sheets) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			Workbook workbook = new Workbook(out, "Microsoft Excel", "16.0");
			sheets.fill(workbook);
			workbook.finish();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	static void header(Worksheet sheet, int row) {
		for (int c = 0; c < HEADERS.size(); c++) {
			sheet.value(row, c, HEADERS.get(c));
		}
	}

	static void person(Worksheet sheet, int row, String name, LocalDate born, String citizenId) {
		sheet.value(row, 0, name);
		sheet.value(row, 1, born);
		sheet.style(row, 1).format("dd/mm/yyyy").set();
		sheet.value(row, 2, "Nam");
		sheet.value(row, 3, citizenId);
		sheet.value(row, 6, UNIT);
		sheet.value(row, 7, "Công chức");
	}

	/**
	 * A hidden sheet "Cũ" with last year's three people first, then the visible list with
	 * one.
	 */
	static byte[] hiddenFirstSheet() {
		return workbook(workbook -> {
			Worksheet old = workbook.newWorksheet("Cũ");
			header(old, 0);
			for (int i = 0; i < 3; i++) {
				person(old, i + 1, "Người Cũ " + (char) ('A' + i), LocalDate.of(1960, 1, 1 + i),
						"0379150000" + (30 + i));
			}
			old.setVisibilityState(VisibilityState.HIDDEN);
			Worksheet list = workbook.newWorksheet("Danh sách 2026");
			header(list, 0);
			person(list, 1, "Quách Văn Tuấn", LocalDate.of(1986, 3, 8), "037915000033");
		});
	}

	/**
	 * The usual layout: a banner merged over the columns, a subtitle, a blank row, the
	 * header on row 4.
	 */
	static byte[] mergedBanner() {
		return workbook(workbook -> {
			Worksheet sheet = workbook.newWorksheet("DS");
			sheet.value(0, 0, "DANH SÁCH CÁN BỘ, CÔNG CHỨC THAM GIA BỒI DƯỠNG KỸ NĂNG SỐ");
			sheet.range(0, 0, 0, 8).merge();
			sheet.value(1, 0, "(Kèm theo Kế hoạch số 420/KH-UBND)");
			sheet.range(1, 0, 1, 8).merge();
			header(sheet, 3);
			person(sheet, 4, "Lương Thị Hằng", LocalDate.of(1975, 5, 19), "");
			// Typed as a number, the CCCD lost its leading zero.
			sheet.value(4, 3, 37915000034L);
			sheet.value(4, 2, "Nữ");
		});
	}

	/** Old Mac Excel: day 0 is 1 January 1904. The date cell shows 15/08/1985 there. */
	static byte[] date1904() {
		byte[] plain = workbook(workbook -> {
			Worksheet sheet = workbook.newWorksheet("Sheet1");
			header(sheet, 0);
			person(sheet, 1, "Kha Văn Mạnh", LocalDate.of(2000, 1, 1), "037915000037");
			sheet.value(1, 1, ChronoUnit.DAYS.between(LocalDate.of(1904, 1, 1), LocalDate.of(1985, 8, 15)));
			sheet.style(1, 1).format("dd/mm/yyyy").set();
		});
		// As Excel writes it: "1", not "true".
		return withWorkbookXml(plain, xml -> xml.replace("date1904=\"false\"", "date1904=\"1\""));
	}

	/** "1985" and "85" typed into General cells: numbers, not dates. */
	static byte[] yearsAsNumbers() {
		return workbook(workbook -> {
			Worksheet sheet = workbook.newWorksheet("Sheet1");
			header(sheet, 0);
			person(sheet, 1, "Mạc Văn Năm", LocalDate.of(2000, 1, 1), "037915000038");
			sheet.value(1, 1, 1985);
			sheet.style(1, 1).format("General").set();
			person(sheet, 2, "Mạc Văn Sáu", LocalDate.of(2000, 1, 1), "037915000039");
			sheet.value(2, 1, 85);
			sheet.style(2, 1).format("General").set();
		});
	}

	/**
	 * Two visible sheets, each a list: the first is read unless the uploader picks the
	 * other.
	 */
	static byte[] twoLists() {
		return workbook(workbook -> {
			Worksheet party = workbook.newWorksheet("Khối Đảng");
			header(party, 0);
			person(party, 1, "Nông Văn Đảng", LocalDate.of(1971, 7, 7), "037915000035");
			Worksheet government = workbook.newWorksheet("Khối chính quyền");
			header(government, 0);
			person(government, 1, "Ninh Thị Quyền", LocalDate.of(1982, 2, 2), "037915000036");
			government.value(1, 2, "Nữ");
		});
	}

	static byte[] truncated(byte[] file) {
		return java.util.Arrays.copyOf(file, file.length / 2);
	}

	interface Edit {

		String apply(String xml);

	}

	/**
	 * The same workbook with xl/workbook.xml edited (what fastexcel cannot write: the
	 * 1904 system).
	 */
	private static byte[] withWorkbookXml(byte[] xlsx, Edit edit) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		// fastexcel writes entries with data descriptors, which java.util.zip's stream
		// reader refuses.
		try (ZipArchiveInputStream in = new ZipArchiveInputStream(new ByteArrayInputStream(xlsx), "UTF-8", true, true);
				ZipOutputStream zip = new ZipOutputStream(out)) {
			ZipArchiveEntry entry;
			while ((entry = in.getNextEntry()) != null) {
				byte[] content = in.readAllBytes();
				if (entry.getName().equals("xl/workbook.xml")) {
					content = edit.apply(new String(content, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
				}
				zip.putNextEntry(new ZipEntry(entry.getName()));
				zip.write(content);
				zip.closeEntry();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

}
