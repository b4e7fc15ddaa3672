package vn.hocso.planning.document;

import java.io.IOException;
import java.io.OutputStream;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * The report as a workbook: heading, one row per unit, the total, the basis of the
 * figures.
 */
public final class XlsxPlanReport {

	private XlsxPlanReport() {
	}

	public static void write(PlanReport report, OutputStream out) throws IOException {
		Workbook workbook = new Workbook(out, "Hoc So", "1.0");
		Worksheet sheet = workbook.newWorksheet("Báo cáo");
		sheet.value(0, 0, report.planIssuer());
		sheet.value(0, 5, ReportText.MOTTO_1);
		sheet.value(1, 0, "Số: " + report.number());
		sheet.value(1, 5, ReportText.MOTTO_2);
		sheet.value(2, 5, ReportText.dateLine(report.issuedOn()));
		sheet.value(4, 0, ReportText.title(report));
		sheet.style(4, 0).bold().set();
		sheet.value(5, 0, "Chỉ tiêu: " + report.indicatorName());
		sheet.value(6, 0, "Đơn vị: " + report.unitName() + ". " + ReportText.basis(report));
		int row = 8;
		for (int c = 0; c < ReportText.HEADERS.size(); c++) {
			sheet.value(row, c, ReportText.HEADERS.get(c));
			sheet.style(row, c).bold().set();
		}
		for (PlanReport.Line line : report.lines()) {
			write(sheet, ++row, line, report.targetUnit());
		}
		write(sheet, ++row, report.total(), report.targetUnit());
		sheet.value(row, 1, "Tổng cộng: " + report.total().name());
		sheet.style(row, 1).bold().set();
		row += 2;
		if (report.signerTitle() != null) {
			sheet.value(row, 6, report.signerTitle());
		}
		if (report.signerName() != null) {
			sheet.value(row + 4, 6, report.signerName());
		}
		workbook.finish();
	}

	private static void write(Worksheet sheet, int row, PlanReport.Line line, String unit) {
		sheet.value(row, 0, line.code());
		sheet.value(row, 1, line.name());
		sheet.value(row, 2, line.headcount());
		sheet.value(row, 3, ReportText.source(line.source()));
		sheet.value(row, 4, line.enrolled());
		sheet.value(row, 5, line.completed());
		sheet.value(row, 6, line.certified());
		sheet.value(row, 7, ReportText.value(line.value(), unit));
		sheet.value(row, 8, ReportText.value(line.target(), unit));
		sheet.value(row, 9, ReportText.value(line.gap(), unit));
	}

}
