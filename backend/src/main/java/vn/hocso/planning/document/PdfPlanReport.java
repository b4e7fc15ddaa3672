package vn.hocso.planning.document;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.samskivert.mustache.Template;

import vn.hocso.platform.HtmlTemplates;
import vn.hocso.platform.pdf.HtmlPdf;
import vn.hocso.platform.pdf.NotoSans;

/**
 * The report in the official layout: issuer and number on the left, the national motto on
 * the right, the place and date, the title, the table, and the signer block. Noto Sans
 * carries the Vietnamese.
 */
public final class PdfPlanReport {

	private static final String FONT = NotoSans.FAMILY;

	private static final Locale VIETNAMESE = Locale.of("vi");

	/**
	 * {@code planning/plan-report.mustache}: XHTML for openhtmltopdf, every text escaped.
	 */
	private static final Template TEMPLATE = HtmlTemplates.compile("planning", "plan-report");

	private PdfPlanReport() {
	}

	public static void write(PlanReport report, OutputStream out) throws IOException {
		HtmlPdf.render(html(report), out);
	}

	static String html(PlanReport report) {
		Map<String, Object> page = new HashMap<>();
		page.put("font", FONT);
		page.put("issuer", report.planIssuer().toUpperCase(VIETNAMESE));
		page.put("number", report.number());
		page.put("motto1", ReportText.MOTTO_1);
		page.put("motto2", ReportText.MOTTO_2);
		page.put("dateLine", ReportText.dateLine(report.issuedOn()));
		page.put("title", ReportText.title(report));
		page.put("indicatorName", report.indicatorName());
		page.put("unitName", report.unitName());
		page.put("basis", ReportText.basis(report));
		page.put("headers", ReportText.HEADERS);
		List<Map<String, Object>> lines = new ArrayList<>();
		report.lines().forEach(line -> lines.add(row(line, report.targetUnit(), "")));
		lines.add(row(report.total(), report.targetUnit(), "total"));
		page.put("lines", lines);
		page.put("signerTitle", report.signerTitle());
		page.put("signerName", report.signerName());
		return TEMPLATE.execute(page);
	}

	private static Map<String, Object> row(PlanReport.Line line, String unit, String css) {
		Map<String, Object> row = new HashMap<>();
		row.put("css", css);
		row.put("code", line.code());
		row.put("name", line.name());
		row.put("headcount", line.headcount());
		row.put("source", ReportText.source(line.source()));
		row.put("enrolled", line.enrolled());
		row.put("completed", line.completed());
		row.put("certified", line.certified());
		row.put("value", ReportText.value(line.value(), unit));
		row.put("target", ReportText.value(line.target(), unit));
		row.put("gap", ReportText.value(line.gap(), unit));
		return row;
	}

}
