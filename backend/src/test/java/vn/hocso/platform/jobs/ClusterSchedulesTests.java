package vn.hocso.platform.jobs;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import liquibase.Liquibase;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;
import org.h2.jdbcx.JdbcDataSource;
import org.h2.tools.Server;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;

import vn.hocso.testing.OutageProxy;

/**
 * Schedules run once per cluster: two nodes (two schedulers on one database) run a
 * schedule once per period and never at the same time; a {@link ClusterScheduled} method
 * becomes a task in the shared table; no Spring {@code @Scheduled} (once per node) is
 * left in the app.
 */
class ClusterSchedulesTests {

	private static final JobsProperties FAST = new JobsProperties(2, Duration.ofMillis(100), Duration.ofSeconds(1),
			true, true);

	@Test
	void twoNodesRunAScheduleOncePerPeriodAndNeverAtTheSameTime() throws Exception {
		DataSource database = migratedDatabase();
		AtomicInteger running = new AtomicInteger();
		AtomicInteger mostAtOnce = new AtomicInteger();
		List<String> runs = new CopyOnWriteArrayList<>();
		Scheduler nodeA = JobsConfig.ClusterScheduler.create(database,
				List.of(tick("node-a", running, mostAtOnce, runs)), List.of(), FAST);
		Scheduler nodeB = JobsConfig.ClusterScheduler.create(database,
				List.of(tick("node-b", running, mostAtOnce, runs)), List.of(), FAST);
		nodeA.start();
		nodeB.start();
		Thread.sleep(6_000);
		nodeA.stop();
		nodeB.stop();

		// A 1 s delay after 200 ms runs: at most 5 in 6 s for the cluster (each node
		// alone would run 5).
		assertThat(runs).hasSizeBetween(2, 6);
		assertThat(mostAtOnce.get()).as("runs at the same time").isEqualTo(1);
		assertThat(JdbcClient.create(database)
			.sql("select count(*) from scheduled_tasks where task_name = 'tick'")
			.query(Integer.class)
			.single()).isEqualTo(1);
	}

	@Test
	void aClusterScheduledMethodRunsFromTheSharedTable() throws Exception {
		DataSource database = migratedDatabase();
		new ApplicationContextRunner().withUserConfiguration(JobsConfig.class, Counting.class)
			.withBean(DataSource.class, () -> database)
			.withPropertyValues("hocso.jobs.enabled=true", "hocso.jobs.threads=2", "hocso.jobs.polling-interval=100ms",
					"hocso.jobs.heartbeat-interval=1s", "test.tick=300ms")
			.run(context -> {
				Counting counting = context.getBean(Counting.class);
				long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
				while (counting.runs.get() < 2 && System.nanoTime() < deadline) {
					Thread.sleep(50);
				}
				assertThat(counting.runs.get()).isGreaterThanOrEqualTo(2);
				assertThat(JdbcClient.create(database)
					.sql("select task_name from scheduled_tasks")
					.query(String.class)
					.list()).containsExactly("test-counting");
			});
	}

	@Test
	void twoNodesWriteOneRunLogRowPerPeriodEachByTheNodeThatRanIt() throws Exception {
		DataSource database = migratedDatabase();
		List<ConfigurableApplicationContext> nodes = new ArrayList<>();
		for (String node : List.of("node-a", "node-b")) {
			ConfigurableApplicationContext context = new SpringApplicationBuilder(JobsConfig.class, Counting.class)
				.web(WebApplicationType.NONE)
				.initializers(app -> app.getBeanFactory().registerSingleton("dataSource", database))
				.run("--hocso.jobs.enabled=true", "--hocso.jobs.schedules=true", "--hocso.jobs.threads=2",
						"--hocso.jobs.polling-interval=100ms", "--hocso.jobs.heartbeat-interval=1s",
						"--test.tick=300ms", "--hocso.jobs.node-name=" + node, "--spring.main.banner-mode=off");
			nodes.add(context);
		}
		Thread.sleep(4_000);
		List<Counting> counters = nodes.stream().map(node -> node.getBean(Counting.class)).toList();
		// A node lets its running task finish before it closes.
		nodes.forEach(ConfigurableApplicationContext::close);
		int ran = counters.stream().mapToInt(counting -> counting.runs.get()).sum();

		JdbcClient jdbc = JdbcClient.create(database);
		assertThat(count(database, "select count(*) from job_run where task_name = 'test-counting'")).isEqualTo(ran);
		assertThat(count(database, "select count(distinct period_key) from job_run where task_name = 'test-counting'"))
			.isEqualTo(ran);
		assertThat(jdbc.sql("select distinct outcome from job_run").query(String.class).list())
			.containsExactly("SUCCEEDED");
		assertThat(jdbc.sql("select distinct node from job_run").query(String.class).list()).isSubsetOf("node-a",
				"node-b");
		assertThat(count(database, "select count(*) from job_run where finished_at is null or attempts <> 1")).isZero();
	}

	@Test
	void aJobThatSucceededIsNotRunAgainWhenSubmittedAgainAndAFailedOneIsTakenOver() throws Exception {
		DataSource database = migratedDatabase();
		new ApplicationContextRunner().withUserConfiguration(JobsConfig.class, Counting.class)
			.withBean(DataSource.class, () -> database)
			.withPropertyValues("hocso.jobs.enabled=true", "hocso.jobs.threads=2", "hocso.jobs.polling-interval=100ms",
					"hocso.jobs.heartbeat-interval=1s", "hocso.jobs.retry-delay=200ms", "test.tick=-")
			.run(context -> {
				Counting counting = context.getBean(Counting.class);
				ClusterJobs jobs = context.getBean(ClusterJobs.class);
				jobs.submit("test-job", 5);
				awaitNoTasks(database);
				jobs.submit("test-job", 5);
				awaitNoTasks(database);
				counting.failFirst.set(true);
				jobs.submit("test-job", 6);
				awaitNoTasks(database);

				assertThat(counting.jobRuns).containsExactly(5L, 6L, 6L);
				JdbcClient jdbc = JdbcClient.create(database);
				assertThat(jdbc.sql(
						"select period_key, outcome, attempts from job_run where task_name = 'test-job' order by period_key")
					.query((rs, n) -> rs.getString(1) + " " + rs.getString(2) + " " + rs.getInt(3))
					.list()).containsExactly("5 SUCCEEDED 1", "6 SUCCEEDED 2");
			});
	}

	@Test
	void withSchedulesOffANodeRunsTheJobsItIsGivenButNoSchedule() throws Exception {
		DataSource database = migratedDatabase();
		new ApplicationContextRunner().withUserConfiguration(JobsConfig.class, Counting.class)
			.withBean(DataSource.class, () -> database)
			.withPropertyValues("hocso.jobs.enabled=true", "hocso.jobs.schedules=false", "hocso.jobs.threads=2",
					"hocso.jobs.polling-interval=100ms", "hocso.jobs.heartbeat-interval=1s", "test.tick=100ms")
			.run(context -> {
				Counting counting = context.getBean(Counting.class);
				context.getBean(ClusterJobs.class).submit("test-job", 9);
				awaitNoTasks(database);
				Thread.sleep(500);

				assertThat(counting.jobRuns).containsExactly(9L);
				assertThat(counting.runs.get()).as("runs of the 100 ms schedule").isZero();
				assertThat(JdbcClient.create(database)
					.sql("select count(*) from scheduled_tasks")
					.query(Integer.class)
					.single()).isZero();
			});
	}

	@Test
	void aJobSubmittedByTwoNodesRunsOnce() throws Exception {
		DataSource database = migratedDatabase();
		AtomicInteger runs = new AtomicInteger();
		// The run lasts while both nodes submit (a job submitted again after it succeeded
		// is kept from
		// running twice by the job run log: aJobThatSucceededIsNotRunAgain...).
		List<OneTimeTask<Void>> job = List.of(Tasks.oneTime("issue").execute((instance, context) -> {
			runs.incrementAndGet();
			try {
				Thread.sleep(1_000);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}));
		Scheduler nodeA = JobsConfig.ClusterScheduler.create(database, List.of(), job, FAST);
		Scheduler nodeB = JobsConfig.ClusterScheduler.create(database, List.of(), job, FAST);
		nodeA.start();
		nodeB.start();
		nodeA.scheduleIfNotExists(job.getFirst().instance("42"), Instant.now());
		nodeB.scheduleIfNotExists(job.getFirst().instance("42"), Instant.now());
		Thread.sleep(3_000);
		nodeA.stop();
		nodeB.stop();

		assertThat(runs.get()).isEqualTo(1);
	}

	@Test
	void aJobInterruptedByADatabaseOutageFinishesByItselfOnceTheDatabaseIsBack() throws Exception {
		Server h2 = Server.createTcpServer("-tcpPort", "0", "-ifNotExists").start();
		try (OutageProxy proxy = new OutageProxy("127.0.0.1", h2.getPort())) {
			JdbcDataSource direct = new JdbcDataSource();
			direct.setURL("jdbc:h2:tcp://127.0.0.1:" + h2.getPort() + "/mem:outage-" + UUID.randomUUID()
					+ ";DB_CLOSE_DELAY=-1");
			migrate(direct);
			JdbcClient.create(direct).sql("create table job_effect (job_id bigint primary key)").update();
			JdbcDataSource throughProxy = new JdbcDataSource();
			throughProxy.setURL(direct.getURL().replace(":" + h2.getPort() + "/", ":" + proxy.port() + "/"));
			AtomicInteger attempts = new AtomicInteger();
			List<OneTimeTask<Void>> job = List.of(Tasks.oneTime("import-validation")
				.onFailure(new FailureHandler.OnFailureRetryLater<>(Duration.ofSeconds(1)))
				.execute((instance, context) -> {
					if (attempts.incrementAndGet() == 1) {
						// The outage hits in the middle of the first run, which fails on
						// it (as IssuanceRunner.run does).
						cutQuietly(proxy);
						throw new IllegalStateException("database connection lost");
					}
					JdbcClient.create(direct)
						.sql("insert into job_effect (job_id) values (?)")
						.param(Long.parseLong(instance.getId()))
						.update();
				}));
			Scheduler node = JobsConfig.ClusterScheduler.create(throughProxy, List.of(), job, FAST);
			node.start();
			node.scheduleIfNotExists(job.getFirst().instance("7"), Instant.now());
			long until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
			while (attempts.get() == 0 && System.nanoTime() < until) {
				Thread.sleep(20);
			}
			// The scheduler can neither record the failure nor its heartbeats while the
			// database is away.
			Thread.sleep(3_000);
			assertThat(attempts.get()).as("runs during the outage").isEqualTo(1);
			proxy.restore();

			long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
			while (count(direct, "select count(*) from scheduled_tasks") > 0 && System.nanoTime() < deadline) {
				Thread.sleep(200);
			}
			node.stop();
			assertThat(count(direct, "select count(*) from job_effect where job_id = 7")).isEqualTo(1);
			assertThat(count(direct, "select count(*) from scheduled_tasks")).as("jobs left").isZero();
			assertThat(attempts.get()).isGreaterThan(1);
		}
		finally {
			h2.stop();
		}
	}

	@Test
	void noScheduleRunsOncePerNode() {
		noMethods().should()
			.beAnnotatedWith(Scheduled.class)
			.because("@Scheduled runs on every node; use @ClusterScheduled")
			.check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
				.importPackages("vn.hocso"));
	}

	private static RecurringTask<Void> tick(String node, AtomicInteger running, AtomicInteger mostAtOnce,
			List<String> runs) {
		return Tasks.recurring("tick", Schedules.fixedDelay(Duration.ofSeconds(1))).execute((instance, context) -> {
			mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
			runs.add(node);
			try {
				Thread.sleep(200);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			finally {
				running.decrementAndGet();
			}
		});
	}

	/**
	 * An H2 database with the app's scheduled_tasks table, created by the app's own
	 * changeset.
	 */
	private static DataSource migratedDatabase() throws Exception {
		JdbcDataSource database = new JdbcDataSource();
		database.setURL("jdbc:h2:mem:jobs-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
		migrate(database);
		return database;
	}

	private static int count(DataSource database, String query) {
		return JdbcClient.create(database).sql(query).query(Integer.class).single();
	}

	private static void cutQuietly(OutageProxy proxy) {
		try {
			proxy.cut();
		}
		catch (java.io.IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static void migrate(DataSource database) throws Exception {
		for (String changelog : List.of("db/changelog/platform/202612020620_scheduled_tasks.xml",
				"db/changelog/platform/202612021100_job_run.xml")) {
			try (Connection connection = database.getConnection()) {
				new Liquibase(changelog, new ClassLoaderResourceAccessor(),
						DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(connection)))
					.update("");
			}
		}
	}

	private static void awaitNoTasks(DataSource database) throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
		do {
			Thread.sleep(100);
		}
		while (count(database, "select count(*) from scheduled_tasks where task_name = 'test-job'") > 0
				&& System.nanoTime() < deadline);
	}

	@Configuration(proxyBeanMethods = false)
	static class Counting {

		final AtomicInteger runs = new AtomicInteger();

		final List<Long> jobRuns = new CopyOnWriteArrayList<>();

		final java.util.concurrent.atomic.AtomicBoolean failFirst = new java.util.concurrent.atomic.AtomicBoolean();

		@ClusterScheduled(name = "test-counting", fixedDelay = "${test.tick}")
		void count() {
			runs.incrementAndGet();
		}

		@ClusterJob(name = "test-job")
		void job(long id) {
			jobRuns.add(id);
			if (failFirst.getAndSet(false)) {
				throw new IllegalStateException("database connection lost");
			}
		}

	}

}
