package vn.hocso.platform.jobs;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The job run log (table job_run): one row per task and period, unique in the database,
 * written by the node that runs it. A schedule's period is its planned execution time, a
 * one-off job's is the job's id. A period that succeeded is never run again (the row says
 * so, whichever node asks); a period that failed, or whose node died, is taken over by
 * the next attempt.
 */
public class JobRuns {

	/** What became of a run. */
	public enum Outcome {

		RUNNING, SUCCEEDED, FAILED, SKIPPED

	}

	/** One row of the log. */
	public record JobRun(String taskName, String periodKey, String node, Instant startedAt,
			@Nullable Instant finishedAt, Outcome outcome, int attempts, @Nullable String error) {
	}

	private final Supplier<DataSource> dataSource;

	private final String node;

	private volatile @Nullable JdbcClient jdbc;

	JobRuns(Supplier<DataSource> dataSource, String node) {
		this.dataSource = dataSource;
		this.node = node;
	}

	/** This node's name in the log and in scheduled_tasks.picked_by. */
	public String node() {
		return node;
	}

	/**
	 * Records that this node starts the period; false when the period already succeeded
	 * (on any node): the caller must not run it again.
	 */
	boolean begin(String task, String period) {
		Timestamp now = Timestamp.from(Instant.now());
		try {
			jdbc()
				.sql("insert into job_run (task_name, period_key, node, started_at, outcome, attempts)"
						+ " values (?, ?, ?, ?, 'RUNNING', 1)")
				.params(task, period, node, now)
				.update();
			return true;
		}
		catch (DuplicateKeyException again) {
			// Retried after a failure, or revived after its node died: this node takes
			// the period over.
			return jdbc().sql("update job_run set node = ?, started_at = ?, finished_at = null, outcome = 'RUNNING',"
					+ " attempts = attempts + 1, error = null where task_name = ? and period_key = ? and outcome <> 'SUCCEEDED'")
				.params(node, now, task, period)
				.update() == 1;
		}
	}

	void finish(String task, String period, Outcome outcome, @Nullable Throwable error) {
		String message = error == null ? null : abbreviate(String.valueOf(error));
		jdbc().sql("update job_run set finished_at = ?, outcome = ?, error = ? where task_name = ? and period_key = ?")
			.param(1, Timestamp.from(Instant.now()))
			.param(2, outcome.name())
			.param(3, message)
			.param(4, task)
			.param(5, period)
			.update();
	}

	/** The most recent runs, newest first. */
	public List<JobRun> recent(int limit) {
		return jdbc()
			.sql("select task_name, period_key, node, started_at, finished_at, outcome, attempts, error"
					+ " from job_run order by started_at desc, id desc limit ?")
			.param(limit)
			.query((rs, n) -> new JobRun(rs.getString(1), rs.getString(2), rs.getString(3),
					rs.getTimestamp(4).toInstant(), instant(rs.getTimestamp(5)), Outcome.valueOf(rs.getString(6)),
					rs.getInt(7), rs.getString(8)))
			.list();
	}

	/** Forgets runs that started before this instant; returns how many. */
	int forgetBefore(Instant before) {
		return jdbc().sql("delete from job_run where started_at < ? and outcome <> 'RUNNING'")
			.param(Timestamp.from(before))
			.update();
	}

	private JdbcClient jdbc() {
		JdbcClient client = jdbc;
		if (client == null) {
			client = JdbcClient.create(dataSource.get());
			jdbc = client;
		}
		return client;
	}

	private static @Nullable Instant instant(@Nullable Timestamp at) {
		return at == null ? null : at.toInstant();
	}

	private static String abbreviate(String text) {
		return text.length() > 500 ? text.substring(0, 500) : text;
	}

}
