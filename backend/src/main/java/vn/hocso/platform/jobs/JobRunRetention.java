package vn.hocso.platform.jobs;

import java.time.Clock;
import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Keeps the job run log short: runs older than hocso.jobs.run-log-retention are
 * forgotten, once a day.
 */
@Component
class JobRunRetention {

	private static final Logger log = LoggerFactory.getLogger(JobRunRetention.class);

	private final JobRuns runs;

	private final Duration retention;

	private final Clock clock;

	JobRunRetention(JobRuns runs, @Value("${hocso.jobs.run-log-retention:30d}") Duration retention, Clock clock) {
		this.runs = runs;
		this.retention = retention;
		this.clock = clock;
	}

	@ClusterScheduled(name = "job-run-log-retention", cron = "0 40 3 * * *")
	void forgetOldRuns() {
		int forgotten = runs.forgetBefore(clock.instant().minus(retention));
		log.info("Forgot {} job runs older than {}", forgotten, retention);
	}

}
