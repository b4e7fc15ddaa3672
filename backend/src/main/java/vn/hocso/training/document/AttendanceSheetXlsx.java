package vn.hocso.training.document;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import vn.hocso.training.domain.Attendance;
import vn.hocso.training.domain.Nomination;
import vn.hocso.training.domain.TrainingReads.ClassSheet;
import vn.hocso.training.domain.TrainingSession;

/**
 * The class's attendance sheet as a spreadsheet: one row per participant, one column per
 * session.
 */
public final class AttendanceSheetXlsx {

	private AttendanceSheetXlsx() {
	}

	public static void write(ClassSheet sheet, OutputStream out) throws IOException {
		Workbook workbook = new Workbook(out, "Hoc So", "1.0");
		Worksheet ws = workbook.newWorksheet("Điểm danh");
		ws.value(0, 0, SheetText.TITLE);
		ws.value(1, 0, sheet.programme().getName());
		ws.value(2, 0, sheet.trainingClass().getName() + " — " + sheet.trainingClass().getVenue());
		int header = 4;
		ws.value(header, 0, "STT");
		ws.value(header, 1, "Họ và tên");
		List<TrainingSession> sessions = sheet.sessions();
		for (int c = 0; c < sessions.size(); c++) {
			ws.value(header, 2 + c, SheetText.session(sessions.get(c)));
		}
		ws.value(header, 2 + sessions.size(), "Số buổi");
		ws.value(header, 3 + sessions.size(), "Hoàn thành");
		int row = header + 1;
		for (Nomination participant : sheet.participants()) {
			ws.value(row, 0, row - header);
			ws.value(row, 1, participant.getFullName());
			for (int c = 0; c < sessions.size(); c++) {
				Attendance mark = sheet.markOf(sessions.get(c).getId(), participant.getId());
				if (mark != null) {
					ws.value(row, 2 + c, SheetText.mark(mark));
				}
			}
			ws.value(row, 2 + sessions.size(), sheet.attendedBy(participant.getId()));
			ws.value(row, 3 + sessions.size(), sheet.completed().contains(participant.getId()) ? "x" : "");
			row++;
		}
		ws.value(row + 1, 0, SheetText.LEGEND);
		workbook.finish();
	}

}
