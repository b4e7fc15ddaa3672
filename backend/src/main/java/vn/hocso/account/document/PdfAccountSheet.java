package vn.hocso.account.document;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Base64;
import java.util.List;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import vn.hocso.account.ActivationSlips.Slip;
import vn.hocso.platform.pdf.OfflineRendering;
import vn.hocso.platform.pdf.QrCodes;

/**
 * A printable A4 sheet: one cut-out card per learner (two per row) with name, unit, username,
 * activation code and the steps to log in. Noto Sans is embedded for every Vietnamese glyph.
 */
public final class PdfAccountSheet {

	private static final String FONT = "Noto Sans";

	private PdfAccountSheet() {
	}

	public static void write(String heading, List<SheetLine> lines, String loginUrl, OutputStream out)
			throws IOException {
		render(html(heading, lines, loginUrl), out);
	}

	/** One citizen's slip on an A6 page: the same card, with the year of birth and a QR code of the login address. */
	public static void writeSlip(Slip slip, String loginUrl, OutputStream out) throws IOException {
		render(slipHtml(slip, loginUrl), out);
	}

	private static void render(String html, OutputStream out) throws IOException {
		PdfRendererBuilder builder = OfflineRendering.configure(new PdfRendererBuilder());
		builder.useFastMode();
		builder.useFont(() -> PdfAccountSheet.class.getResourceAsStream("/fonts/NotoSans-Regular.ttf"), FONT, 400,
				FontStyle.NORMAL, true);
		builder.useFont(() -> PdfAccountSheet.class.getResourceAsStream("/fonts/NotoSans-Bold.ttf"), FONT, 700,
				FontStyle.NORMAL, true);
		builder.withHtmlContent(html, null);
		builder.toStream(out);
		builder.run();
	}

	static String html(String heading, List<SheetLine> lines, String loginUrl) {
		StringBuilder html = new StringBuilder(4096 + lines.size() * 900);
		html.append("<html><head><style>")
			.append("@page { size: A4; margin: 12mm; }")
			.append("body { font-family: '" + FONT + "'; font-size: 9.5pt; }")
			.append("h1 { font-size: 13pt; margin: 0 0 6pt 0; }")
			.append("table { width: 100%; border-collapse: separate; border-spacing: 4mm; }")
			.append("td.card { width: 50%; border: 1px dashed #555; padding: 3mm; vertical-align: top; }")
			.append("tr { page-break-inside: avoid; }")
			.append(".name { font-weight: bold; font-size: 11pt; }")
			.append(".code { font-weight: bold; font-size: 12pt; letter-spacing: 1pt; }")
			.append(".steps { font-size: 8pt; margin-top: 2mm; }")
			.append("</style></head><body>");
		html.append("<h1>").append(escape(SheetText.TITLE + " — " + heading)).append("</h1>");
		html.append("<table>");
		for (int i = 0; i < lines.size(); i += 2) {
			html.append("<tr>");
			card(html, lines.get(i), loginUrl);
			if (i + 1 < lines.size()) {
				card(html, lines.get(i + 1), loginUrl);
			}
			else {
				html.append("<td></td>");
			}
			html.append("</tr>");
		}
		html.append("</table></body></html>");
		return html.toString();
	}

	static String slipHtml(Slip slip, String loginUrl) {
		String qr = "data:image/png;base64," + Base64.getEncoder().encodeToString(QrCodes.png(loginUrl, 0));
		StringBuilder html = new StringBuilder(4096);
		html.append("<html><head><style>")
			.append("@page { size: 105mm 148mm; margin: 7mm; }")
			.append("body { font-family: '" + FONT + "'; font-size: 9pt; }")
			.append("h1 { font-size: 11pt; margin: 0 0 4pt 0; }")
			.append(".card { border: 1px dashed #555; padding: 3mm; }")
			.append(".name { font-weight: bold; font-size: 11pt; }")
			.append(".code { font-weight: bold; font-size: 12pt; letter-spacing: 1pt; }")
			.append(".steps { font-size: 7.5pt; margin-top: 2mm; }")
			.append(".qr img { width: 28mm; height: 28mm; image-rendering: pixelated; }")
			.append("</style></head><body>");
		html.append("<h1>").append(escape(SheetText.TITLE)).append("</h1><div class=\"card\">")
			.append("<div class=\"name\">").append(escape(slip.fullName())).append("</div>")
			.append("<div>Năm sinh: ").append(slip.birthYear()).append("</div>")
			.append("<div>Xã, phường: ").append(escape(slip.communeName())).append("</div>")
			.append("<div>Tên đăng nhập: <b>").append(escape(slip.username())).append("</b></div>")
			.append("<div>Mã kích hoạt: <span class=\"code\">").append(escape(slip.activationCode())).append("</span></div>")
			.append("<div>Mã dùng đến: ").append(escape(SheetText.date(slip.validUntil()))).append("</div>")
			.append("<div class=\"qr\"><img src=\"").append(qr).append("\"/></div>")
			.append("<div>").append(escape(loginUrl)).append("</div><div class=\"steps\">");
		for (String step : SheetText.citizenSteps(loginUrl)) {
			html.append(escape(step)).append("<br/>");
		}
		html.append("</div></div></body></html>");
		return html.toString();
	}

	private static void card(StringBuilder html, SheetLine line, String loginUrl) {
		html.append("<td class=\"card\">")
			.append("<div class=\"name\">")
			.append(escape(line.fullName()))
			.append("</div>")
			.append("<div>Ngày sinh: ")
			.append(escape(SheetText.date(line.dateOfBirth())))
			.append("</div>")
			.append("<div>Đơn vị: ")
			.append(escape(line.unitName()))
			.append("</div>")
			.append("<div>Tên đăng nhập: <b>")
			.append(escape(line.username()))
			.append("</b></div>")
			.append("<div>Mã kích hoạt: <span class=\"code\">")
			.append(escape(line.activationCode()))
			.append("</span></div>")
			.append("<div>Mã dùng đến: ")
			.append(escape(SheetText.date(line.codeValidUntil())))
			.append("</div><div class=\"steps\">");
		for (String step : SheetText.steps(loginUrl)) {
			html.append(escape(step)).append("<br/>");
		}
		html.append("</div></td>");
	}

	static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}

}
