package vn.hocso.training.document;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.samskivert.mustache.Template;

import vn.hocso.platform.HtmlTemplates;
import vn.hocso.platform.VietnamTime;
import vn.hocso.platform.pdf.HtmlPdf;
import vn.hocso.platform.pdf.NotoSans;
import vn.hocso.training.domain.Attendance;
import vn.hocso.training.domain.Nomination;
import vn.hocso.training.domain.TrainingReads.ClassSheet;
import vn.hocso.training.domain.TrainingSession;

/**
 * The attendance sheet for the file: the table, then the teachers' and the IT centre's
 * signature blocks (ký xác nhận), printed and signed by hand. Noto Sans carries the
 * Vietnamese.
 */
public final class AttendanceSheetPdf {

	private static final String FONT = NotoSans.FAMILY;

	/**
	 * {@code training/attendance-sheet.mustache}: XHTML for openhtmltopdf, every text
	 * escaped.
	 */
	private static final Template TEMPLATE = HtmlTemplates.compile("training", "attendance-sheet");

	private AttendanceSheetPdf() {
	}

	public static void write(ClassSheet sheet, Instant printedAt, OutputStream out) throws IOException {
		HtmlPdf.render(html(sheet, printedAt), out);
	}

	static String html(ClassSheet sheet, Instant printedAt) {
		List<TrainingSession> sessions = sheet.sessions();
		Map<String, Object> page = new HashMap<>();
		page.put("font", FONT);
		page.put("title", SheetText.TITLE);
		page.put("programme", sheet.programme().getName());
		page.put("className", sheet.trainingClass().getName());
		page.put("venue", sheet.trainingClass().getVenue());
		page.put("sessions", sessions.stream().map(SheetText::session).toList());
		List<Map<String, Object>> participants = new ArrayList<>();
		for (Nomination participant : sheet.participants()) {
			List<String> marks = new ArrayList<>();
			for (TrainingSession session : sessions) {
				Attendance mark = sheet.markOf(session.getId(), participant.getId());
				marks.add(mark == null ? "" : SheetText.mark(mark));
			}
			Map<String, Object> row = new HashMap<>();
			row.put("number", participants.size() + 1);
			row.put("fullName", participant.getFullName());
			row.put("marks", marks);
			row.put("attended", sheet.attendedBy(participant.getId()));
			row.put("completed", sheet.completed().contains(participant.getId()) ? "x" : "");
			participants.add(row);
		}
		page.put("participants", participants);
		page.put("legend", SheetText.LEGEND);
		page.put("printedOn", SheetText.DAY.format(printedAt.atZone(VietnamTime.ZONE)));
		page.put("teachers", String.join(", ", sheet.trainingClass().getTeachers().stream().sorted().toList()));
		return TEMPLATE.execute(page);
	}

}
