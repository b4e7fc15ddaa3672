package vn.hocso.learner.importing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.stereotype.Component;

import vn.hocso.learner.importing.LearnerImportService.AnnotatedRows;
import vn.hocso.learner.importing.RawSheet.RawRow;

/**
 * The .xlsx files the import hands out: the empty template, and an upload annotated with
 * its errors.
 */
@Component
public class ImportWorkbooks {

	private static final String ERROR_FILL = "FFC7CE";

	private final ImportMessages messages;

	ImportWorkbooks(ImportMessages messages) {
		this.messages = messages;
	}

	public byte[] template() {
		return write("Danh sách học viên", sheet -> {
			ImportColumn[] columns = ImportColumn.values();
			for (int c = 0; c < columns.length; c++) {
				sheet.value(0, c, columns[c].templateHeader());
				sheet.style(0, c).bold().fillColor("DDEBF7").set();
				sheet.width(c, columns[c] == ImportColumn.CATEGORY ? 40 : 22);
			}
			String[] example = { "Nguyễn Thị Hường", "15/08/1985", "Nữ", "040185000123", "huong.nt@nghean.gov.vn",
					"0912345678", "NA-DIENCHAU-DIENKY", "Công chức", "Chuyên viên" };
			for (int c = 0; c < example.length; c++) {
				sheet.value(1, c, example[c]);
			}
			sheet.freezePane(0, 1);
		});
	}

	public byte[] annotated(AnnotatedRows upload) {
		return write("Kết quả kiểm tra", sheet -> {
			List<String> headers = upload.headers();
			int errorColumn = headers.size();
			for (int c = 0; c < headers.size(); c++) {
				sheet.value(0, c, headers.get(c));
				sheet.style(0, c).bold().set();
			}
			sheet.value(0, errorColumn, "Lỗi / Errors");
			sheet.style(0, errorColumn).bold().fillColor(ERROR_FILL).set();
			sheet.width(errorColumn, 80);
			int r = 1;
			for (RawRow row : upload.rows()) {
				List<RowError> errors = upload.errors().getOrDefault(row.number(), List.of());
				Set<Integer> badColumns = new HashSet<>();
				StringBuilder text = new StringBuilder();
				for (RowError error : errors) {
					Integer index = error.column() == null ? null : upload.columns().get(error.column());
					if (index != null) {
						badColumns.add(index);
					}
					text.append(text.isEmpty() ? "" : "\n")
						.append(messages.text(error, ImportMessages.VIETNAMESE))
						.append(" / ")
						.append(messages.text(error, Locale.ENGLISH));
				}
				for (int c = 0; c < row.cells().size(); c++) {
					sheet.value(r, c, row.cells().get(c));
					if (badColumns.contains(c)) {
						sheet.style(r, c).fillColor(ERROR_FILL).set();
					}
				}
				if (!errors.isEmpty()) {
					sheet.value(r, errorColumn, text.toString());
					sheet.style(r, errorColumn).wrapText(true).set();
				}
				r++;
			}
			sheet.freezePane(0, 1);
		});
	}

	private static byte[] write(String sheetName, SheetWriter content) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			Workbook workbook = new Workbook(out, "HocSo", "1.0");
			Worksheet sheet = workbook.newWorksheet(sheetName);
			content.fill(sheet);
			workbook.finish();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	private interface SheetWriter {

		void fill(Worksheet sheet) throws IOException;

	}

}
