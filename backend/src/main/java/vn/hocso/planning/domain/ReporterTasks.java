package vn.hocso.planning.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.hocso.identity.Role;
import vn.hocso.platform.VietnamTime;
import vn.hocso.task.Task;
import vn.hocso.task.TaskSource;

/**
 * A reporter's reports due in the next {@value #HORIZON_DAYS} days (issue 14), and the
 * sections of those reports that the units under the plan have not confirmed yet (only
 * units in the caller's scope).
 */
@Component
class ReporterTasks implements TaskSource {

	static final int HORIZON_DAYS = 14;

	private final PlanningService planning;

	private final ReportConfirmations confirmations;

	private final Clock clock;

	ReporterTasks(PlanningService planning, ReportConfirmations confirmations, Clock clock) {
		this.planning = planning;
		this.confirmations = confirmations;
		this.clock = clock;
	}

	@Override
	public Role role() {
		return Role.REPORTER;
	}

	@Override
	@Transactional(readOnly = true)
	public List<Task> tasks() {
		LocalDate today = LocalDate.now(clock.withZone(VietnamTime.ZONE));
		List<Long> plansWithReports = new ArrayList<>();
		long due = 0;
		long unconfirmed = 0;
		for (Plan plan : planning.plans()) {
			for (ReportDue reportDue : plan.getReportDues()) {
				for (int ahead = 0; ahead <= HORIZON_DAYS; ahead++) {
					Optional<String> period = ReportReminders.periodDueOn(reportDue, today.plusDays(ahead));
					if (period.isPresent() && ReportReminders.covers(plan, period.get())) {
						due++;
						plansWithReports.add(plan.getId());
						unconfirmed += confirmations.sections(plan.getId(), period.get())
							.stream()
							.filter(section -> section.confirmedBy() == null)
							.count();
					}
				}
			}
		}
		String link = plansWithReports.stream().distinct().count() == 1 ? "/plans/" + plansWithReports.get(0)
				: "/plans";
		return List.of(new Task("reports-due", Role.REPORTER, due, link),
				new Task("units-unconfirmed", Role.REPORTER, unconfirmed, link));
	}

}
