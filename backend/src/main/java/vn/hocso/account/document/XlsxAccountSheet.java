package vn.hocso.account.document;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * The account sheet as a workbook: one row per learner, then the login steps on a second
 * sheet.
 */
public final class XlsxAccountSheet {

	private XlsxAccountSheet() {
	}

	public static void write(List<SheetLine> lines, String loginUrl, OutputStream out) throws IOException {
		Workbook workbook = new Workbook(out, "Hoc So", "1.0");
		Worksheet accounts = workbook.newWorksheet("Tài khoản");
		for (int c = 0; c < SheetText.HEADERS.size(); c++) {
			accounts.value(0, c, SheetText.HEADERS.get(c));
			accounts.style(0, c).bold().set();
		}
		int row = 1;
		for (SheetLine line : lines) {
			accounts.value(row, 0, line.unitCode());
			accounts.value(row, 1, line.unitName());
			accounts.value(row, 2, line.fullName());
			accounts.value(row, 3, SheetText.date(line.dateOfBirth()));
			accounts.value(row, 4, line.username());
			accounts.value(row, 5, line.activationCode());
			accounts.value(row, 6, SheetText.date(line.codeValidUntil()));
			accounts.value(row, 7, loginUrl);
			row++;
		}
		accounts.freezePane(0, 1);
		Worksheet help = workbook.newWorksheet("Hướng dẫn");
		help.value(0, 0, SheetText.TITLE);
		List<String> steps = SheetText.steps(loginUrl);
		for (int i = 0; i < steps.size(); i++) {
			help.value(i + 2, 0, steps.get(i));
		}
		workbook.finish();
	}

}
