package vn.hocso.planning.document;

import java.io.IOException;
import java.io.OutputStream;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import vn.hocso.platform.pdf.OfflineRendering;

/**
 * The report in the official layout: issuer and number on the left, the national motto on the right,
 * the place and date, the title, the table, and the signer block. Noto Sans carries the Vietnamese.
 */
public final class PdfPlanReport {

	private static final String FONT = "Noto Sans";

	private PdfPlanReport() {
	}

	public static void write(PlanReport report, OutputStream out) throws IOException {
		PdfRendererBuilder builder = OfflineRendering.configure(new PdfRendererBuilder());
		builder.useFastMode();
		builder.useFont(() -> PdfPlanReport.class.getResourceAsStream("/fonts/NotoSans-Regular.ttf"), FONT, 400,
				FontStyle.NORMAL, true);
		builder.useFont(() -> PdfPlanReport.class.getResourceAsStream("/fonts/NotoSans-Bold.ttf"), FONT, 700,
				FontStyle.NORMAL, true);
		builder.withHtmlContent(html(report), null);
		builder.toStream(out);
		builder.run();
	}

	static String html(PlanReport report) {
		StringBuilder html = new StringBuilder(8192);
		html.append("<html><head><style>")
			.append("@page { size: A4 landscape; margin: 15mm; }")
			.append("body { font-family: '" + FONT + "'; font-size: 10pt; }")
			.append("table.head { width: 100%; } table.head td { text-align: center; vertical-align: top; }")
			.append(".b { font-weight: bold; } .i { font-style: italic; }")
			.append("h1 { font-size: 13pt; text-align: center; margin: 8mm 0 2mm 0; }")
			.append("table.data { width: 100%; border-collapse: collapse; margin-top: 4mm; }")
			.append("table.data th, table.data td { border: 1px solid #333; padding: 2px 4px; font-size: 9pt; }")
			.append("td.n { text-align: right; } tr.total td { font-weight: bold; }")
			.append("table.sign { width: 100%; margin-top: 8mm; } table.sign td { width: 50%; text-align: center; }")
			.append("</style></head><body>");
		html.append("<table class='head'><tr><td><div class='b'>").append(escape(report.planIssuer().toUpperCase()))
			.append("</div><div>Số: ").append(escape(report.number())).append("</div></td>")
			.append("<td><div class='b'>").append(ReportText.MOTTO_1).append("</div><div class='b'>")
			.append(ReportText.MOTTO_2).append("</div><div class='i'>")
			.append(ReportText.dateLine(report.issuedOn())).append("</div></td></tr></table>");
		html.append("<h1>").append(escape(ReportText.title(report))).append("</h1>");
		html.append("<p>Chỉ tiêu: <span class='b'>").append(escape(report.indicatorName())).append("</span><br/>")
			.append("Đơn vị: ").append(escape(report.unitName())).append(". ").append(escape(ReportText.basis(report)))
			.append("</p>");
		html.append("<table class='data'><tr>");
		for (String header : ReportText.HEADERS) {
			html.append("<th>").append(escape(header)).append("</th>");
		}
		html.append("</tr>");
		for (PlanReport.Line line : report.lines()) {
			row(html, line, report.targetUnit(), "");
		}
		row(html, report.total(), report.targetUnit(), "total");
		html.append("</table>");
		html.append("<table class='sign'><tr><td></td><td><div class='b'>")
			.append(escape(report.signerTitle() == null ? "" : report.signerTitle()))
			.append("</div><div class='i'>(Ký, ghi rõ họ tên, đóng dấu)</div><div style='height: 18mm'></div><div class='b'>")
			.append(escape(report.signerName() == null ? "" : report.signerName()))
			.append("</div></td></tr></table>");
		html.append("</body></html>");
		return html.toString();
	}

	private static void row(StringBuilder html, PlanReport.Line line, String unit, String css) {
		html.append("<tr class='").append(css).append("'><td>").append(escape(line.code())).append("</td><td>")
			.append(escape(line.name())).append("</td><td class='n'>").append(line.headcount())
			.append("</td><td>").append(escape(ReportText.source(line.source()))).append("</td><td class='n'>")
			.append(line.enrolled()).append("</td><td class='n'>").append(line.completed())
			.append("</td><td class='n'>").append(line.certified()).append("</td><td class='n'>")
			.append(ReportText.value(line.value(), unit)).append("</td><td class='n'>")
			.append(ReportText.value(line.target(), unit)).append("</td><td class='n'>")
			.append(ReportText.value(line.gap(), unit)).append("</td></tr>");
	}

	private static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("'", "&#39;");
	}

}
