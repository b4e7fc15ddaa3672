package vn.hocso.account.domain;

import java.util.List;

import org.springframework.stereotype.Component;

import vn.hocso.account.domain.IssuanceJob.Status;
import vn.hocso.identity.Role;
import vn.hocso.task.Task;
import vn.hocso.task.TaskSource;

/**
 * Account-issuance work on a staff home (issue 14), from the caller's recent jobs
 * (scoped).
 */
final class IssuanceTasks {

	private IssuanceTasks() {
	}

	static long failed(List<IssuanceJob> jobs) {
		return jobs.stream().filter(job -> job.getStatus() == Status.FAILED || job.getFailed() > 0).count();
	}

	/** A unit's organiser: jobs with accounts that could not be issued (to retry). */
	@Component
	static class ForUnitAdmin implements TaskSource {

		private final AccountIssuanceService issuances;

		ForUnitAdmin(AccountIssuanceService issuances) {
			this.issuances = issuances;
		}

		@Override
		public Role role() {
			return Role.UNIT_ADMIN;
		}

		@Override
		public List<Task> tasks() {
			return List.of(new Task("issuances-failed", Role.UNIT_ADMIN, failed(issuances.recentJobs()), "/accounts"));
		}

	}

	/** The platform's operator: background jobs still running and jobs that failed. */
	@Component
	static class ForAdmin implements TaskSource {

		private final AccountIssuanceService issuances;

		ForAdmin(AccountIssuanceService issuances) {
			this.issuances = issuances;
		}

		@Override
		public Role role() {
			return Role.ADMIN;
		}

		@Override
		public List<Task> tasks() {
			List<IssuanceJob> jobs = issuances.recentJobs();
			long running = jobs.stream()
				.filter(job -> job.getStatus() == Status.QUEUED || job.getStatus() == Status.RUNNING)
				.count();
			return List.of(new Task("jobs-running", Role.ADMIN, running, "/accounts"),
					new Task("jobs-failed", Role.ADMIN, failed(jobs), "/accounts"));
		}

	}

}
