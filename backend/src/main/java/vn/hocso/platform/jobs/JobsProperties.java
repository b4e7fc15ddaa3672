package vn.hocso.platform.jobs;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The cluster's job scheduler (db-scheduler on the app's database).
 *
 * @param threads tasks one node runs at once
 * @param pollingInterval how often a node looks for due tasks
 * @param heartbeatInterval how often a running task's node says it is alive; a task whose
 * node missed several heartbeats is run again by another node
 * @param enabled false: this node runs no scheduled task (a node kept for serving only)
 * @param schedules false: this node runs the one-off jobs it is given but no recurring
 * schedule (the tests, which call a schedule's method themselves when they need it)
 */
@ConfigurationProperties("hocso.jobs")
record JobsProperties(int threads, Duration pollingInterval, Duration heartbeatInterval, boolean enabled,
		@DefaultValue("true") boolean schedules) {
}
