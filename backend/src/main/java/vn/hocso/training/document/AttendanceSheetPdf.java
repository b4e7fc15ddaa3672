package vn.hocso.training.document;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.List;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

import vn.hocso.platform.VietnamTime;
import vn.hocso.training.domain.Attendance;
import vn.hocso.training.domain.Nomination;
import vn.hocso.training.domain.TrainingReads.ClassSheet;
import vn.hocso.training.domain.TrainingSession;

/**
 * The attendance sheet for the file: the table, then the teachers' and the IT centre's signature
 * blocks (ký xác nhận), printed and signed by hand. Noto Sans carries the Vietnamese.
 */
public final class AttendanceSheetPdf {

	private static final String FONT = "Noto Sans";

	private AttendanceSheetPdf() {
	}

	public static void write(ClassSheet sheet, Instant printedAt, OutputStream out) throws IOException {
		PdfRendererBuilder builder = new PdfRendererBuilder();
		builder.useFastMode();
		builder.useFont(() -> AttendanceSheetPdf.class.getResourceAsStream("/fonts/NotoSans-Regular.ttf"), FONT, 400,
				FontStyle.NORMAL, true);
		builder.useFont(() -> AttendanceSheetPdf.class.getResourceAsStream("/fonts/NotoSans-Bold.ttf"), FONT, 700,
				FontStyle.NORMAL, true);
		builder.withHtmlContent(html(sheet, printedAt), null);
		builder.toStream(out);
		builder.run();
	}

	static String html(ClassSheet sheet, Instant printedAt) {
		List<TrainingSession> sessions = sheet.sessions();
		StringBuilder html = new StringBuilder(16384);
		html.append("<html><head><style>")
			.append("@page { size: A4 landscape; margin: 12mm; }")
			.append("body { font-family: '" + FONT + "'; font-size: 9pt; }")
			.append("h1 { font-size: 13pt; text-align: center; margin: 0 0 2mm 0; } .c { text-align: center; }")
			.append("table.data { width: 100%; border-collapse: collapse; margin-top: 3mm; }")
			.append("table.data th, table.data td { border: 1px solid #333; padding: 2px 3px; }")
			.append("table.sign { width: 100%; margin-top: 8mm; } table.sign td { text-align: center; width: 50%; }")
			.append(".b { font-weight: bold; } .i { font-style: italic; }")
			.append("</style></head><body>");
		html.append("<h1>").append(SheetText.TITLE).append("</h1>");
		html.append("<div class='c b'>").append(escape(sheet.programme().getName())).append("</div>");
		html.append("<div class='c'>").append(escape(sheet.trainingClass().getName())).append(" — ")
			.append(escape(sheet.trainingClass().getVenue())).append("</div>");
		html.append("<table class='data'><tr><th>STT</th><th>Họ và tên</th>");
		for (TrainingSession session : sessions) {
			html.append("<th>").append(escape(SheetText.session(session))).append("</th>");
		}
		html.append("<th>Số buổi</th><th>Hoàn thành</th><th>Ký tên</th></tr>");
		int n = 1;
		for (Nomination participant : sheet.participants()) {
			html.append("<tr><td class='c'>").append(n++).append("</td><td>").append(escape(participant.getFullName()))
				.append("</td>");
			for (TrainingSession session : sessions) {
				Attendance mark = sheet.markOf(session.getId(), participant.getId());
				html.append("<td class='c'>").append(mark == null ? "" : escape(SheetText.mark(mark))).append("</td>");
			}
			html.append("<td class='c'>").append(sheet.attendedBy(participant.getId())).append("</td><td class='c'>")
				.append(sheet.completed().contains(participant.getId()) ? "x" : "").append("</td><td></td></tr>");
		}
		html.append("</table><p class='i'>").append(SheetText.LEGEND).append(" In lúc ")
			.append(SheetText.DAY.format(printedAt.atZone(VietnamTime.ZONE))).append(".</p>");
		html.append("<table class='sign'><tr><td><div class='b'>GIẢNG VIÊN</div><div class='i'>(Ký, ghi rõ họ tên)</div>")
			.append("<div style='height: 16mm'></div><div>")
			.append(escape(String.join(", ", sheet.trainingClass().getTeachers().stream().sorted().toList())))
			.append("</div></td><td><div class='b'>XÁC NHẬN CỦA ĐƠN VỊ TỔ CHỨC</div>")
			.append("<div class='i'>(Ký, ghi rõ họ tên, đóng dấu)</div></td></tr></table>");
		html.append("</body></html>");
		return html.toString();
	}

	private static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("'", "&#39;");
	}

}
