package vn.hocso.platform.jobs;

import java.net.InetAddress;
import java.time.Instant;
import java.util.List;

import javax.sql.DataSource;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/** One db-scheduler per node, started once every bean (and every schedule) is known. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(JobsProperties.class)
class JobsConfig {

	@Bean
	static JobRuns jobRuns(ObjectProvider<DataSource> dataSource, Environment environment) {
		return new JobRuns(dataSource::getObject, environment.getProperty("hocso.jobs.node-name", nodeName()));
	}

	@Bean
	static ClusterSchedules clusterSchedules(Environment environment, JobRuns jobRuns) {
		return new ClusterSchedules(environment, jobRuns);
	}

	@Bean
	ClusterScheduler clusterScheduler(ObjectProvider<DataSource> dataSource, ClusterSchedules schedules,
			JobsProperties properties, JobRuns jobRuns) {
		return new ClusterScheduler(dataSource, schedules, properties, jobRuns.node());
	}

	/** host:pid, unless hocso.jobs.node-name names the node. */
	static String nodeName() {
		String host;
		try {
			host = InetAddress.getLocalHost().getHostName();
		}
		catch (Exception ex) {
			host = "unknown-host";
		}
		return host + ":" + ProcessHandle.current().pid();
	}

	static class ClusterScheduler implements SmartLifecycle, ClusterJobs {

		private static final Logger log = LoggerFactory.getLogger(ClusterScheduler.class);

		private final ObjectProvider<DataSource> dataSource;

		private final ClusterSchedules schedules;

		private final JobsProperties properties;

		private final String node;

		private @Nullable Scheduler scheduler;

		private @Nullable SchedulerClient client;

		ClusterScheduler(ObjectProvider<DataSource> dataSource, ClusterSchedules schedules, JobsProperties properties,
				String node) {
			this.dataSource = dataSource;
			this.schedules = schedules;
			this.properties = properties;
			this.node = node;
		}

		@Override
		public synchronized void start() {
			if (!properties.enabled()) {
				log.info("Scheduled jobs are off on this node (hocso.jobs.enabled=false)");
				return;
			}
			List<RecurringTask<Void>> tasks = properties.schedules() ? schedules.tasks() : List.of();
			scheduler = create(dataSource.getObject(), tasks, schedules.jobs(), properties, node);
			scheduler.start();
			log.info("Cluster scheduler started with {} schedules: {}", tasks.size(),
					tasks.stream().map(RecurringTask::getName).toList());
		}

		@Override
		public void submit(String name, String id) {
			OneTimeTask<Void> job = schedules.jobs()
				.stream()
				.filter(candidate -> candidate.getName().equals(name))
				.findFirst()
				.orElseThrow(() -> new IllegalArgumentException("No @ClusterJob named " + name));
			// The running scheduler starts it at once on this node; otherwise the table
			// keeps it for any node.
			SchedulerClient target = scheduler != null ? scheduler : client();
			target.scheduleIfNotExists(job.instance(id), Instant.now());
		}

		private synchronized SchedulerClient client() {
			if (client == null) {
				client = SchedulerClient.Builder.create(dataSource.getObject(), List.<Task<?>>copyOf(schedules.jobs()))
					.build();
			}
			return client;
		}

		/**
		 * A node of the cluster's scheduler; also used by the tests that start two on one
		 * database.
		 */
		static Scheduler create(DataSource dataSource, List<RecurringTask<Void>> tasks, List<OneTimeTask<Void>> jobs,
				JobsProperties properties) {
			return create(dataSource, tasks, jobs, properties, nodeName());
		}

		static Scheduler create(DataSource dataSource, List<RecurringTask<Void>> tasks, List<OneTimeTask<Void>> jobs,
				JobsProperties properties, String node) {
			return Scheduler.create(dataSource, List.<Task<?>>copyOf(jobs))
				.startTasks(tasks)
				.enableImmediateExecution()
				.threads(properties.threads())
				.pollingInterval(properties.pollingInterval())
				.heartbeatInterval(properties.heartbeatInterval())
				.schedulerName(new SchedulerName.Fixed(node))
				.build();
		}

		@Override
		public synchronized void stop() {
			if (scheduler != null) {
				scheduler.stop();
				scheduler = null;
			}
		}

		@Override
		public synchronized boolean isRunning() {
			return scheduler != null;
		}

		/**
		 * Late in start-up (after the web server), early in shutdown: running tasks
		 * finish first.
		 */
		@Override
		public int getPhase() {
			return Integer.MAX_VALUE - 1000;
		}

	}

}
