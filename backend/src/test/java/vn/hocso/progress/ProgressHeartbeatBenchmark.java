package vn.hocso.progress;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import vn.hocso.testing.RealKeycloak;

/**
 * Heartbeats per second that the running app sustains, with p50/p99 latency. Not part of
 * the build. Seeds a course of 10 lectures and {@code benchmark.waves} waves into the
 * app's database (the demo learners enrolled in each), then {@code benchmark.concurrency}
 * virtual threads each play 20 (enrolment, lecture, session) players round-robin, sending
 * 15-s segments back to back with real Keycloak tokens. See docs/benchmarks.md
 * ("Heartbeats") for the command.
 */
@Tag("benchmark")
class ProgressHeartbeatBenchmark {

	private static final String APP = System.getProperty("benchmark.url", "http://localhost:8082");

	private static final String DB = System.getProperty("benchmark.db-url",
			"jdbc:postgresql://127.0.0.1:5432/hocso_bench");

	private static final int WAVES = Integer.getInteger("benchmark.waves", 500);

	private static final int CONCURRENCY = Integer.getInteger("benchmark.concurrency", 200);

	private static final int WARMUP_SECONDS = Integer.getInteger("benchmark.warmup", 15);

	private static final int SECONDS = Integer.getInteger("benchmark.seconds", 60);

	private static final long BASE = 900_000;

	/**
	 * Demo learners whose tokens play (one or two); each is enrolled in every benchmark
	 * wave.
	 */
	private static final List<String> LEARNERS = List
		.of(System.getProperty("benchmark.learners", "demo.learner").split(","));

	private final HttpClient http = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.executor(Executors.newVirtualThreadPerTaskExecutor())
		.build();

	@Test
	void sustainedHeartbeatsPerSecond() throws Exception {
		seed();
		List<String> tokens = LEARNERS.stream().map(RealKeycloak::demoUserToken).toList();
		AtomicLong ok = new AtomicLong();
		AtomicLong failed = new AtomicLong();
		AtomicReference<String> firstFailure = new AtomicReference<>();
		long warmupEnd = System.nanoTime() + Duration.ofSeconds(WARMUP_SECONDS).toNanos();
		long end = warmupEnd + Duration.ofSeconds(SECONDS).toNanos();
		List<long[]> latencies = new ArrayList<>();
		List<Thread> threads = new ArrayList<>();
		for (int t = 0; t < CONCURRENCY; t++) {
			long[] samples = new long[2_000_000 / CONCURRENCY + 50_000];
			latencies.add(samples);
			int thread = t;
			threads.add(Thread.ofVirtual()
				.start(() -> play(thread, tokens, samples, warmupEnd, end, ok, failed, firstFailure)));
		}
		while (System.nanoTime() < warmupEnd) {
			Thread.sleep(50);
		}
		long appCpuBefore = appCpuMillis();
		long dbCpuBefore = databaseCpuMillis();
		for (Thread thread : threads) {
			thread.join();
		}
		long appCpu = appCpuMillis() - appCpuBefore;
		long dbCpu = databaseCpuMillis() - dbCpuBefore;
		long[] all = latencies.stream()
			.flatMapToLong(samples -> Arrays.stream(samples).filter(v -> v > 0))
			.sorted()
			.toArray();
		System.out.printf(
				"%n=== BENCHMARK heartbeats: %,d answered 200 in %d s = %,.0f/s sustained; p50 %.1f ms, p99 %.1f ms, max %.1f ms; %d failed (%d threads, %d enrolments) ===%n",
				ok.get(), SECONDS, ok.get() / (double) SECONDS, percentile(all, 50), percentile(all, 99),
				all.length == 0 ? 0 : all[all.length - 1] / 1e6, failed.get(), CONCURRENCY, WAVES * LEARNERS.size());
		System.out.flush();
		if (appCpuBefore >= 0) {
			System.out.printf(
					"=== BENCHMARK app CPU: %,d ms over %d s = %.0f µs per heartbeat, i.e. %,.0f heartbeats/s per fully used core ===%n",
					appCpu, SECONDS, appCpu * 1000.0 / Math.max(1, ok.get()), ok.get() / (appCpu / 1000.0));
			System.out.printf("=== BENCHMARK PostgreSQL CPU (backends of %s): %,d ms = %.0f µs per heartbeat ===%n",
					databaseName(), dbCpu, dbCpu * 1000.0 / Math.max(1, ok.get()));
			// Derived, not measured: what 2 cores would carry if the load generator ran
			// on another machine
			// and the cores were spent only on the app (and, second figure, on the app
			// and its database).
			System.out.printf(
					"=== BENCHMARK capacity at 2 cores (DERIVED from CPU per heartbeat, load generator elsewhere): "
							+ "%,.0f/s for the app alone, %,.0f/s for the app and PostgreSQL on the same 2 cores ===%n",
					2 * ok.get() / (appCpu / 1000.0), 2 * ok.get() / ((appCpu + dbCpu) / 1000.0));
		}
		if (firstFailure.get() != null) {
			System.out.println("first failure: " + firstFailure.get());
		}
	}

	private void play(int thread, List<String> tokens, long[] samples, long warmupEnd, long end, AtomicLong ok,
			AtomicLong failed, AtomicReference<String> firstFailure) {
		int players = 20;
		long[] enrolment = new long[players];
		long[] lecture = new long[players];
		String[] session = new String[players];
		String[] token = new String[players];
		double[] position = new double[players];
		for (int p = 0; p < players; p++) {
			int index = thread * players + p;
			int learner = index % LEARNERS.size();
			int wave = (index / LEARNERS.size()) % WAVES;
			enrolment[p] = BASE + wave * 2L + learner + 1;
			lecture[p] = BASE + 1 + (index % 10);
			session[p] = UUID.randomUUID().toString();
			token[p] = tokens.get(learner);
		}
		int count = 0;
		int p = 0;
		while (true) {
			long start = System.nanoTime();
			if (start > end) {
				return;
			}
			double from = position[p];
			double to = from + 15 > 1_800 ? 1_800 : from + 15;
			String body = "{\"sessionId\":\"" + session[p] + "\",\"segments\":[{\"fromSecond\":" + from
					+ ",\"toSecond\":" + to + "}],\"positionSecond\":" + to + ",\"playbackRate\":1.0}";
			HttpRequest request = HttpRequest
				.newBuilder(
						URI.create(APP + "/api/enrolments/" + enrolment[p] + "/lectures/" + lecture[p] + "/heartbeats"))
				.header("Authorization", "Bearer " + token[p])
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.build();
			try {
				HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
				long elapsed = System.nanoTime() - start;
				if (start > warmupEnd) {
					if (response.statusCode() == 200) {
						ok.incrementAndGet();
						if (count < samples.length) {
							samples[count++] = elapsed;
						}
					}
					else {
						failed.incrementAndGet();
						firstFailure.compareAndSet(null, response.statusCode() + " " + response.body());
					}
				}
			}
			catch (Exception ex) {
				failed.incrementAndGet();
				firstFailure.compareAndSet(null, ex.toString());
			}
			position[p] = to >= 1_800 ? 0 : to;
			p = (p + 1) % players;
		}
	}

	/**
	 * CPU time (user + system) the app's process used so far, from /proc; -1 without
	 * benchmark.app-pid.
	 */
	private static long appCpuMillis() throws java.io.IOException {
		String pid = System.getProperty("benchmark.app-pid");
		if (pid == null) {
			return -1;
		}
		String stat = java.nio.file.Files.readString(java.nio.file.Path.of("/proc", pid, "stat"));
		String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
		long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
		return ticks * 10;
	}

	/**
	 * CPU time of the PostgreSQL backends serving the benchmark's database (matched by
	 * their process title).
	 */
	private static long databaseCpuMillis() throws java.io.IOException {
		String database = " " + databaseName() + " ";
		long ticks = 0;
		try (var processes = java.nio.file.Files.list(java.nio.file.Path.of("/proc"))) {
			for (java.nio.file.Path process : processes.filter(path -> path.getFileName().toString().matches("\\d+"))
				.toList()) {
				try {
					String title = java.nio.file.Files.readString(process.resolve("cmdline")).replace('\0', ' ');
					if (title.startsWith("postgres: ") && title.contains(database)) {
						String stat = java.nio.file.Files.readString(process.resolve("stat"));
						String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
						ticks += Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
					}
				}
				catch (java.io.IOException | RuntimeException gone) {
					// The process ended while we read it.
				}
			}
		}
		return ticks * 10;
	}

	private static String databaseName() {
		return DB.substring(DB.lastIndexOf('/') + 1).replaceAll("\\?.*", "");
	}

	private static double percentile(long[] sorted, int percent) {
		if (sorted.length == 0) {
			return 0;
		}
		return sorted[(int) Math.min(sorted.length - 1, (long) sorted.length * percent / 100)] / 1e6;
	}

	/**
	 * A published course of 10 half-hour lectures and WAVES waves of it, both demo
	 * learners in each.
	 */
	private static void seed() throws SQLException {
		try (Connection db = DriverManager.getConnection(DB, System.getProperty("benchmark.db-user", "hocso"),
				System.getProperty("benchmark.db-password", "hocso"))) {
			db.setAutoCommit(false);
			try (var exists = db.prepareStatement("SELECT COUNT(*) FROM wave WHERE id > ?")) {
				exists.setLong(1, BASE);
				var rs = exists.executeQuery();
				rs.next();
				if (rs.getInt(1) >= WAVES) {
					return;
				}
			}
			OffsetDateTime now = OffsetDateTime.now();
			exec(db, "DELETE FROM enrolment WHERE id > ?", BASE);
			exec(db, "DELETE FROM wave WHERE id > ?", BASE);
			exec(db, "DELETE FROM lecture WHERE id > ?", BASE);
			exec(db, "DELETE FROM course_version WHERE id > ?", BASE);
			exec(db, "DELETE FROM course WHERE id > ?", BASE);
			exec(db, "DELETE FROM enrolment_learner_account WHERE learner_id > ?", BASE);
			exec(db, "INSERT INTO course (id, code, title, status, current_version_id, created_by, created_at, version) "
					+ "VALUES (?, 'BENCH', 'Benchmark course', 'PUBLISHED', ?, 'benchmark', ?, 0)", BASE + 1, BASE + 1,
					now);
			exec(db, "INSERT INTO course_version (id, course_id, number, published_at, published_by, completion_percent, "
					+ "expected_minutes_per_day, version) VALUES (?, ?, 1, ?, 'benchmark', 90, 30, 0)", BASE + 1,
					BASE + 1, now);
			for (int l = 1; l <= 10; l++) {
				exec(db, "INSERT INTO lecture (id, course_version_id, position, title, video_media_id, duration_seconds) "
						+ "VALUES (?, ?, ?, ?, ?, 1800)", BASE + l, BASE + 1, l, "Bài " + l, "bench-" + l);
			}
			for (int i = 0; i < LEARNERS.size(); i++) {
				exec(db, "INSERT INTO enrolment_learner_account (learner_id, username, issued_at) VALUES (?, ?, ?)",
						BASE + 1 + i, LEARNERS.get(i), now);
			}
			try (PreparedStatement wave = db.prepareStatement(
					"INSERT INTO wave (id, name, course_id, course_version_id, opening_date, capacity, deadline_working_days, "
							+ "created_by, created_at, version) VALUES (?, ?, ?, ?, ?, 4500, 10, 'benchmark', ?, 0)");
					PreparedStatement enrolment = db.prepareStatement(
							"INSERT INTO enrolment (id, wave_id, learner_id, unit_id, unit_path, stage, enrolled_at, version) "
									+ "VALUES (?, ?, ?, 1, '/1/', 'NOT_STARTED', ?, 0)")) {
				for (int w = 0; w < WAVES; w++) {
					wave.setLong(1, BASE + 1 + w);
					wave.setString(2, "Benchmark wave " + w);
					wave.setLong(3, BASE + 1);
					wave.setLong(4, BASE + 1);
					wave.setObject(5, LocalDate.now());
					wave.setObject(6, now);
					wave.addBatch();
					for (int i = 0; i < LEARNERS.size(); i++) {
						enrolment.setLong(1, BASE + w * 2L + i + 1);
						enrolment.setLong(2, BASE + 1 + w);
						enrolment.setLong(3, BASE + 1 + i);
						enrolment.setObject(4, now);
						enrolment.addBatch();
					}
				}
				wave.executeBatch();
				enrolment.executeBatch();
			}
			db.commit();
		}
	}

	private static void exec(Connection db, String sql, Object... args) throws SQLException {
		try (PreparedStatement statement = db.prepareStatement(sql)) {
			for (int i = 0; i < args.length; i++) {
				statement.setObject(i + 1, args[i]);
			}
			statement.executeUpdate();
		}
	}

}
