package vn.hocso.dashboard.domain;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.context.MessageSource;

/**
 * A dashboard as a workbook: one row per learner with their minutes per day, then the
 * units.
 */
public final class DashboardWorkbook {

	private DashboardWorkbook() {
	}

	/**
	 * "85% (đạt)" with the best closed attempt, or how many attempts are open/used, or
	 * empty.
	 */
	private static String quizCell(Dashboard.LearnerRow learner, MessageSource messages, Locale locale) {
		if (learner.quizBestScore() != null) {
			return learner.quizBestScore() + "% ("
					+ text(messages, locale, learner.quizPassed() ? "dashboard.quiz.passed" : "dashboard.quiz.failed")
					+ ")";
		}
		return learner.quizAttempts() > 0 ? text(messages, locale, "dashboard.quiz.inProgress") : "";
	}

	public static void write(Dashboard dashboard, MessageSource messages, Locale locale, OutputStream out)
			throws IOException {
		Workbook workbook = new Workbook(out, "Hoc So", "1.0");
		Worksheet sheet = workbook.newWorksheet(text(messages, locale, "dashboard.sheet.learners"));
		List<String> headers = List.of("fullName", "unitCode", "pace", "lectures", "minutesToday", "minutesTotal",
				"remainingMinutes", "deadline", "workingDaysLeft", "quiz");
		int column = 0;
		for (String header : headers) {
			sheet.value(0, column, text(messages, locale, "dashboard.column." + header));
			sheet.style(0, column++).bold().set();
		}
		for (var day : dashboard.days()) {
			sheet.value(0, column, day.toString());
			sheet.style(0, column++).bold().set();
		}
		int row = 1;
		for (Dashboard.LearnerRow learner : dashboard.learners()) {
			sheet.value(row, 0, learner.fullName());
			sheet.value(row, 1, learner.unitCode());
			sheet.value(row, 2, text(messages, locale, "dashboard.pace." + learner.pace()));
			sheet.value(row, 3, learner.lecturesCompleted() + "/" + learner.lecturesTotal());
			sheet.value(row, 4, learner.minutesToday());
			sheet.value(row, 5, learner.minutesTotal());
			sheet.value(row, 6, learner.remainingMinutes());
			sheet.value(row, 7, learner.deadline() == null ? "" : learner.deadline().toString());
			if (learner.workingDaysLeft() != null) {
				sheet.value(row, 8, learner.workingDaysLeft());
			}
			sheet.value(row, 9, quizCell(learner, messages, locale));
			for (int d = 0; d < learner.minutesByDay().size(); d++) {
				sheet.value(row, headers.size() + d, learner.minutesByDay().get(d));
			}
			row++;
		}
		sheet.freezePane(1, 1);
		Worksheet units = workbook.newWorksheet(text(messages, locale, "dashboard.sheet.units"));
		units.value(0, 0, text(messages, locale, "dashboard.column.unitCode"));
		units.value(0, 1, text(messages, locale, "dashboard.column.learners"));
		int unitColumn = 2;
		for (Pace pace : Pace.values()) {
			if (pace != Pace.WITHDRAWN) {
				units.value(0, unitColumn++, text(messages, locale, "dashboard.pace." + pace));
			}
		}
		units.value(0, unitColumn, text(messages, locale, "dashboard.column.minutesToday"));
		int unitRow = 1;
		for (Dashboard.UnitRow unit : dashboard.units()) {
			units.value(unitRow, 0, unit.unitCode());
			units.value(unitRow, 1, unit.learners());
			int c = 2;
			for (Pace pace : Pace.values()) {
				if (pace != Pace.WITHDRAWN) {
					units.value(unitRow, c++, unit.byPace().getOrDefault(pace, 0L));
				}
			}
			units.value(unitRow, c, unit.minutesToday());
			unitRow++;
		}
		workbook.finish();
	}

	private static String text(MessageSource messages, Locale locale, String key) {
		return Objects.requireNonNullElse(messages.getMessage(key, null, key, locale), key);
	}

}
