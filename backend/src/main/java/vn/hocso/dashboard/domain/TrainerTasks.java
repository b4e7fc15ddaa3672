package vn.hocso.dashboard.domain;

import java.util.List;
import java.util.function.Predicate;

import org.springframework.stereotype.Component;

import vn.hocso.dashboard.domain.Dashboard.LearnerRow;
import vn.hocso.enrolment.ClassRef;
import vn.hocso.enrolment.EnrolmentDirectory;
import vn.hocso.identity.CurrentCaller;
import vn.hocso.identity.Role;
import vn.hocso.task.Task;
import vn.hocso.task.TaskSource;

/**
 * A trainer's learners who need a word (issue 14), over the trainer's own classes only:
 * behind the pace, not started, and still open with at most {@value #SOON_WORKING_DAYS}
 * working days left.
 */
@Component
class TrainerTasks implements TaskSource {

	static final int SOON_WORKING_DAYS = 2;

	private final DashboardService dashboards;

	private final EnrolmentDirectory enrolments;

	private final CurrentCaller caller;

	TrainerTasks(DashboardService dashboards, EnrolmentDirectory enrolments, CurrentCaller caller) {
		this.dashboards = dashboards;
		this.enrolments = enrolments;
		this.caller = caller;
	}

	@Override
	public Role role() {
		return Role.TRAINER;
	}

	@Override
	public List<Task> tasks() {
		List<ClassRef> classes = enrolments.classesOfTrainer(caller.get().username());
		List<LearnerRow> rows = classes.stream()
			.flatMap(waveClass -> dashboards.ofClass(waveClass.classId()).learners().stream())
			.toList();
		// One class (the usual case): straight to its dashboard, filtered; several: the
		// list of classes.
		String page = classes.size() == 1 ? "/classes/" + classes.get(0).classId() + "/dashboard" : "/my-classes";
		String filter = classes.size() == 1 ? "?pace=" : "";
		return List.of(
				task("learners-behind", rows, row -> row.pace() == Pace.BEHIND,
						page + (filter.isEmpty() ? "" : filter + "BEHIND")),
				task("learners-not-started", rows, row -> row.pace() == Pace.NOT_STARTED,
						page + (filter.isEmpty() ? "" : filter + "NOT_STARTED")),
				task("deadline-soon", rows, TrainerTasks::deadlineSoon, page));
	}

	static boolean deadlineSoon(LearnerRow row) {
		boolean open = row.pace() != Pace.COMPLETED && row.pace() != Pace.WITHDRAWN && row.pace() != Pace.OVERDUE;
		return open && row.workingDaysLeft() != null && row.workingDaysLeft() <= SOON_WORKING_DAYS;
	}

	private static Task task(String kind, List<LearnerRow> rows, Predicate<LearnerRow> which, String link) {
		return new Task(kind, Role.TRAINER, rows.stream().filter(which).count(), link);
	}

}
