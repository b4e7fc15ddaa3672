package vn.hocso.platform.jobs;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import javax.sql.DataSource;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.hocso.platform.jobs.JobRuns.JobRun;

/** What the cluster's scheduler is doing and has done, for the IT centre: read only. */
@RestController
@Tag(name = "Jobs")
@PreAuthorize("hasRole('ADMIN')")
class JobsController {

	private final JobRuns runs;

	private final JdbcClient jdbc;

	JobsController(JobRuns runs, DataSource dataSource) {
		this.runs = runs;
		this.jdbc = JdbcClient.create(dataSource);
	}

	@GetMapping("/api/admin/jobs")
	@Operation(
			summary = "The cluster's schedules and queued jobs (scheduled_tasks) and the latest runs of the job run log (job_run): which node ran which period, and how it ended")
	JobsView jobs(@Parameter(description = "How many runs, newest first (1–500)") @RequestParam(
			defaultValue = "100") int limit) {
		List<TaskView> tasks = jdbc
			.sql("select task_name, task_instance, execution_time, picked, picked_by, last_success,"
					+ " last_failure, consecutive_failures, last_heartbeat from scheduled_tasks order by task_name, task_instance")
			.query((rs, n) -> new TaskView(rs.getString(1), rs.getString(2), instant(rs.getTimestamp(3)),
					rs.getBoolean(4), rs.getString(5), instant(rs.getTimestamp(6)), instant(rs.getTimestamp(7)),
					rs.getInt(8), instant(rs.getTimestamp(9))))
			.list();
		return new JobsView(runs.node(), tasks, runs.recent(Math.clamp(limit, 1, 500)));
	}

	private static @Nullable Instant instant(@Nullable Timestamp at) {
		return at == null ? null : at.toInstant();
	}

	/** node: the node that answered. */
	record JobsView(String node, List<TaskView> tasks, List<JobRun> runs) {
	}

	/**
	 * A row of scheduled_tasks: a schedule's next period, or a queued or running one-off
	 * job.
	 */
	record TaskView(String taskName, String instance, @Nullable Instant executionTime, boolean picked,
			@Nullable String pickedBy, @Nullable Instant lastSuccess, @Nullable Instant lastFailure,
			int consecutiveFailures, @Nullable Instant lastHeartbeat) {
	}

}
