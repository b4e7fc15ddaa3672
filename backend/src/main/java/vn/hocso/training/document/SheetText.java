package vn.hocso.training.document;

import java.time.format.DateTimeFormatter;

import vn.hocso.platform.VietnamTime;
import vn.hocso.training.domain.Attendance;
import vn.hocso.training.domain.SessionPart;
import vn.hocso.training.domain.TrainingSession;

/**
 * The attendance sheet's wording, shared by the spreadsheet and the PDF (the paper is
 * Vietnamese).
 */
final class SheetText {

	static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	static final String TITLE = "DANH SÁCH ĐIỂM DANH HỌC VIÊN";

	private SheetText() {
	}

	static String session(TrainingSession session) {
		return "Ngày " + session.getDayNumber() + " " + (session.getPart() == SessionPart.MORNING ? "sáng" : "chiều")
				+ " " + DAY.format(session.getStartsAt().atZone(VietnamTime.ZONE));
	}

	/** x present, M late, V left early, both when both, blank absent or unmarked. */
	static String mark(Attendance mark) {
		if (!mark.isPresent()) {
			return "vắng";
		}
		String text = "x";
		if (mark.isLate()) {
			text += " M";
		}
		if (mark.isLeftEarly()) {
			text += " V";
		}
		return text;
	}

	static final String LEGEND = "x: có mặt; M: đến muộn; V: về sớm; vắng: vắng mặt; để trống: chưa điểm danh.";

}
