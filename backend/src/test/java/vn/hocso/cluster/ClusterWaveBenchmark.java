package vn.hocso.cluster;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.hocso.testing.RealKeycloak;

/**
 * Wave benchmarks through the balancer of {@code infra/cluster/cluster.sh} (run by
 * {@code infra/cluster/bench.sh}, which starts the cluster with one or two nodes): this
 * JVM is the load generator, in its own process. Real Keycloak users
 * ({@code benchmark.learners} of them, made here and deleted afterwards), each with their
 * own enrolments of the demo course, so every learner has their own attention clock as in
 * a real wave. Two phases:
 * <ul>
 * <li>heartbeats: every learner sends one every {@code benchmark.heartbeat-ms} (1 s of
 * video at 1×);</li>
 * <li>quiz: every learner, again and again on fresh enrolments (lectures stood in for as
 * complete), starts the final quiz, answers 20 questions {@code benchmark.think-ms} apart
 * and submits.</li>
 * </ul>
 * For each phase: requests answered, p50/p99 per operation, errors, and the server CPU
 * per operation (user + system of the app nodes, {@code benchmark.pids}, and of the
 * PostgreSQL backends of the database, from /proc). Not part of the build (the name
 * matches no test pattern).
 */
@Tag("benchmark")
class ClusterWaveBenchmark {

	private static final String URL = System.getProperty("benchmark.url", "http://127.0.0.1:8080");

	private static final String DB = System.getProperty("benchmark.db-url",
			"jdbc:postgresql://127.0.0.1:5432/hocso_cluster");

	private static final int LEARNERS = Integer.getInteger("benchmark.learners", 200);

	private static final int SECONDS = Integer.getInteger("benchmark.seconds", 60);

	private static final int WARMUP = Integer.getInteger("benchmark.warmup", 15);

	private static final long HEARTBEAT_MS = Long.getLong("benchmark.heartbeat-ms", 1000);

	private static final long THINK_MS = Long.getLong("benchmark.think-ms", 500);

	private static final int QUIZZES_PER_LEARNER = Integer.getInteger("benchmark.quizzes", 12);

	private static final JsonMapper json = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(10))
		.executor(Executors.newVirtualThreadPerTaskExecutor())
		.build();

	private final Map<String, ConcurrentLinkedQueue<Long>> latencies = new ConcurrentHashMap<>();

	private final Map<String, AtomicInteger> errors = new ConcurrentHashMap<>();

	private volatile boolean measuring;

	/** Per phase: app CPU ms per request, PostgreSQL CPU ms per request. */
	private final Map<String, double[]> cpuPerRequest = new ConcurrentHashMap<>();

	@Test
	void heartbeatsAndQuizzesThroughTheBalancer() throws Exception {
		String tag = "b" + Long.toString(System.currentTimeMillis() % 10_000_000, 36);
		List<String> users = new ArrayList<>();
		try {
			for (int i = 0; i < LEARNERS; i++) {
				users.add(createUser(tag + "-" + i));
			}
			List<String> tokens = users.stream().map(u -> RealKeycloak.demoUserToken(u)).toList();
			Seed seed = seed(users);
			StringBuilder report = new StringBuilder();
			report.append(String.format(
					"%n=== BENCHMARK cluster wave: %s, app PIDs %s, %d learners, %d s per phase (+%d s warm-up) ===%n",
					URL, System.getProperty("benchmark.pids", "?"), LEARNERS, SECONDS, WARMUP));
			report.append(phase("heartbeats", List.of("heartbeat"), () -> {
				try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
					long end = System.nanoTime() + Duration.ofSeconds(WARMUP + SECONDS).toNanos();
					for (int i = 0; i < LEARNERS; i++) {
						int learner = i;
						pool.submit(() -> {
							heartbeats(tokens.get(learner), seed.heartbeatEnrolments[learner], seed.lectures, end,
									learner);
							return null;
						});
					}
				}
			}));
			report.append(phase("quiz", List.of("start", "answer", "submit"), () -> {
				try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
					long end = System.nanoTime() + Duration.ofSeconds(WARMUP + SECONDS).toNanos();
					for (int i = 0; i < LEARNERS; i++) {
						int learner = i;
						pool.submit(() -> {
							quizzes(tokens.get(learner), seed.quizEnrolments[learner], end, learner);
							return null;
						});
					}
				}
			}));
			report.append(sizing());
			System.out.println(report);
			Files.writeString(Path.of("target", "cluster-wave-benchmark.txt"), report.toString());
		}
		finally {
			for (String user : users) {
				deleteUser(user);
			}
		}
	}

	/**
	 * Runs a phase: warm-up, then SECONDS measured (CPU read at the start and the end of
	 * the window).
	 */
	private String phase(String name, List<String> operations, Runnable load) throws Exception {
		latencies.clear();
		errors.clear();
		measuring = false;
		Thread runner = Thread.ofVirtual().start(load);
		Thread.sleep(WARMUP * 1000L);
		long[] before = { appCpuMillis(), databaseCpuMillis() };
		long t0 = System.nanoTime();
		measuring = true;
		Thread.sleep(SECONDS * 1000L);
		measuring = false;
		double seconds = (System.nanoTime() - t0) / 1e9;
		long app = appCpuMillis() - before[0];
		long db = databaseCpuMillis() - before[1];
		runner.join();
		StringBuilder out = new StringBuilder();
		long requests = operations.stream()
			.mapToLong(op -> latencies.getOrDefault(op, new ConcurrentLinkedQueue<>()).size())
			.sum();
		out.append(String.format(
				"--- %s: %,d requests answered in %.1f s = %,.0f/s; server CPU: app %,d ms, PostgreSQL %,d ms ---%n",
				name, requests, seconds, requests / seconds, app, db));
		for (String operation : operations) {
			long[] sorted = latencies.getOrDefault(operation, new ConcurrentLinkedQueue<>())
				.stream()
				.mapToLong(Long::longValue)
				.sorted()
				.toArray();
			out.append(String.format("%-9s n=%,7d  p50=%7.1f ms  p99=%7.1f ms%n", operation, sorted.length,
					percentile(sorted, 50), percentile(sorted, 99)));
		}
		cpuPerRequest.put(name, new double[] { app / (double) requests, db / (double) requests });
		out.append(String.format("CPU per request: app %.2f ms + PostgreSQL %.2f ms = %.2f ms%n",
				app / (double) requests, db / (double) requests, (app + db) / (double) requests));
		if (name.equals("quiz")) {
			long quizzes = latencies.getOrDefault("submit", new ConcurrentLinkedQueue<>()).size();
			out.append(String.format(
					"CPU per quiz (start + 20 answers + submit, %,d submitted): app %.1f ms + PostgreSQL %.1f ms%n",
					quizzes, app / (double) Math.max(1, quizzes), db / (double) Math.max(1, quizzes)));
		}
		out.append("errors: ").append(errors.isEmpty() ? "none" : errors.toString()).append('\n');
		System.out.print(out);
		return out.toString();
	}

	/**
	 * Nodes needed, derived from the CPU per request. Assumptions (stated in the output):
	 * a learner watching sends a heartbeat every 15 s; at the peak 10 % of the concurrent
	 * learners are in the final quiz, one request (start, answer or submit) every 20 s;
	 * an app node has 2 cores used to 70 %; PostgreSQL cores likewise at 70 %.
	 */
	private String sizing() {
		double[] hb = cpuPerRequest.get("heartbeats");
		double[] quiz = cpuPerRequest.get("quiz");
		StringBuilder out = new StringBuilder(String
			.format("--- sizing (DERIVED from CPU per request; a heartbeat every 15 s "
					+ "per watching learner, 10 %% of concurrent learners in the quiz at one request per 20 s; 2-core app nodes "
					+ "and PostgreSQL cores used to 70 %%) ---%n"));
		for (int learners : new int[] { 4_500, 36_000, 400_000 }) {
			double appMsPerSecond = learners * 0.9 * hb[0] / 15 + learners * 0.1 * quiz[0] / 20;
			double dbMsPerSecond = learners * 0.9 * hb[1] / 15 + learners * 0.1 * quiz[1] / 20;
			out.append(String.format(
					"%,9d concurrent learners: %,8.0f req/s; app %,9.0f CPU-ms/s → %,5d two-core app nodes; "
							+ "PostgreSQL %,8.0f CPU-ms/s → %,4d cores%n",
					learners, learners * 0.9 / 15 + learners * 0.1 / 20, appMsPerSecond,
					(int) Math.ceil(appMsPerSecond / 1400), dbMsPerSecond, (int) Math.ceil(dbMsPerSecond / 700)));
		}
		return out.toString();
	}

	private void heartbeats(String token, long enrolment, long[] lectures, long end, int learner) throws Exception {
		int lecture = learner % lectures.length;
		int position = (learner * 7) % 29;
		String session = "bench-" + learner;
		long next = System.nanoTime() + (long) (Math.random() * HEARTBEAT_MS * 1_000_000);
		while (next < end) {
			Thread.sleep(Math.max(0, (next - System.nanoTime()) / 1_000_000));
			next += HEARTBEAT_MS * 1_000_000;
			String body = "{\"sessionId\":\"" + session + "\",\"segments\":[{\"fromSecond\":" + position
					+ ",\"toSecond\":" + (position + 1) + "}],\"positionSecond\":" + (position + 1)
					+ ",\"playbackRate\":1.0}";
			call("heartbeat", token, "POST",
					"/api/enrolments/" + enrolment + "/lectures/" + lectures[lecture] + "/heartbeats", body);
			position++;
			if (position >= 29) {
				position = 0;
				lecture = (lecture + 1) % lectures.length;
			}
		}
	}

	private void quizzes(String token, long[] enrolments, long end, int learner) throws Exception {
		Thread.sleep((long) (Math.random() * 2000));
		for (long enrolment : enrolments) {
			if (System.nanoTime() > end) {
				return;
			}
			JsonNode attempt = call("start", token, "POST", "/api/enrolments/" + enrolment + "/quiz-attempts", null);
			if (attempt == null) {
				continue;
			}
			long attemptId = attempt.get("attemptId").asLong();
			for (JsonNode question : attempt.get("questions")) {
				Thread.sleep(THINK_MS);
				call("answer", token, "PUT",
						"/api/quiz-attempts/" + attemptId + "/answers/" + question.get("questionId").asLong(),
						"{\"selected\":[0]}");
			}
			call("submit", token, "POST", "/api/quiz-attempts/" + attemptId + "/submit", null);
		}
	}

	private JsonNode call(String operation, String token, String method, String path, String body) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(URL + path))
			.timeout(Duration.ofSeconds(30))
			.header("Authorization", "Bearer " + token)
			.header("Content-Type", "application/json")
			.method(method,
					body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
		boolean counted = measuring;
		long start = System.nanoTime();
		try {
			HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
			long elapsed = System.nanoTime() - start;
			if (response.statusCode() / 100 != 2) {
				if (counted) {
					errors.computeIfAbsent(operation + " " + response.statusCode(), k -> new AtomicInteger())
						.incrementAndGet();
				}
				return null;
			}
			if (counted) {
				latencies.computeIfAbsent(operation, k -> new ConcurrentLinkedQueue<>()).add(elapsed);
			}
			return json.readTree(response.body());
		}
		catch (Exception ex) {
			if (counted) {
				errors.computeIfAbsent(operation + " " + ex.getClass().getSimpleName(), k -> new AtomicInteger())
					.incrementAndGet();
			}
			return null;
		}
	}

	// --- seeding (SQL, like the other benchmarks: only the measured requests go through
	// the app) -----

	record Seed(long[] lectures, long[] heartbeatEnrolments, long[][] quizEnrolments) {
	}

	/**
	 * A learner record and account link per user; one heartbeat enrolment and
	 * QUIZZES_PER_LEARNER quiz enrolments each.
	 */
	private static Seed seed(List<String> users) throws SQLException {
		try (Connection db = DriverManager.getConnection(DB, "hocso", "hocso")) {
			db.setAutoCommit(false);
			long courseId = single(db, "SELECT id FROM course WHERE code = 'CDS-CBCCVC'");
			long versionId = single(db, "SELECT current_version_id FROM course WHERE id = " + courseId);
			long[] lectures = longs(db,
					"SELECT id FROM lecture WHERE course_version_id = " + versionId + " ORDER BY position");
			long unitId = single(db, "SELECT id FROM org_unit WHERE code = 'NA-DIENCHAU-DIENKY'");
			String unitPath = string(db, "SELECT path FROM org_unit WHERE id = " + unitId);
			long base = single(db, "SELECT greatest((SELECT coalesce(max(id), 0) FROM enrolment), "
					+ "(SELECT coalesce(max(id), 0) FROM learner), (SELECT coalesce(max(id), 0) FROM wave)) + 100000");
			Timestamp now = Timestamp.from(Instant.now());
			int waves = 1 + QUIZZES_PER_LEARNER;
			try (PreparedStatement wave = db
				.prepareStatement("INSERT INTO wave (id, name, course_id, course_version_id, "
						+ "opening_date, capacity, deadline_working_days, created_by, created_at, version) "
						+ "VALUES (?, ?, ?, ?, ?, 100000, 10, 'benchmark', ?, 0)")) {
				for (int w = 0; w < waves; w++) {
					wave.setLong(1, base + w);
					wave.setString(2, "Đợt benchmark " + base + "-" + w);
					wave.setLong(3, courseId);
					wave.setLong(4, versionId);
					wave.setObject(5, LocalDate.now());
					wave.setTimestamp(6, now);
					wave.addBatch();
				}
				wave.executeBatch();
			}
			long[] heartbeat = new long[users.size()];
			long[][] quiz = new long[users.size()][QUIZZES_PER_LEARNER];
			try (PreparedStatement account = db.prepareStatement(
					"INSERT INTO enrolment_learner_account (learner_id, username, issued_at) VALUES (?, ?, ?)");
					PreparedStatement enrolment = db
						.prepareStatement("INSERT INTO enrolment (id, wave_id, learner_id, unit_id, "
								+ "unit_path, stage, enrolled_at, version) VALUES (?, ?, ?, ?, ?, 'IN_PROGRESS', ?, 0)");
					PreparedStatement progress = db
						.prepareStatement("INSERT INTO lecture_progress (enrolment_id, lecture_id, "
								+ "learner_id, watched_intervals, watched_millis, position_second, completed_at, updated_at) "
								+ "VALUES (?, ?, ?, '0-30000', 30000, 30, ?, ?)")) {
				long id = base;
				for (int u = 0; u < users.size(); u++) {
					long learnerId = base + u;
					account.setLong(1, learnerId);
					account.setString(2, users.get(u));
					account.setTimestamp(3, now);
					account.addBatch();
					for (int w = 0; w < waves; w++) {
						long enrolmentId = ++id;
						enrolment.setLong(1, enrolmentId);
						enrolment.setLong(2, base + w);
						enrolment.setLong(3, learnerId);
						enrolment.setLong(4, unitId);
						enrolment.setString(5, unitPath);
						enrolment.setTimestamp(6, now);
						enrolment.addBatch();
						if (w == 0) {
							heartbeat[u] = enrolmentId;
							continue;
						}
						quiz[u][w - 1] = enrolmentId;
						for (long lecture : lectures) {
							progress.setLong(1, enrolmentId);
							progress.setLong(2, lecture);
							progress.setLong(3, learnerId);
							progress.setTimestamp(4, now);
							progress.setTimestamp(5, now);
							progress.addBatch();
						}
					}
				}
				account.executeBatch();
				enrolment.executeBatch();
				progress.executeBatch();
			}
			db.commit();
			return new Seed(lectures, heartbeat, quiz);
		}
	}

	private static long single(Connection db, String sql) throws SQLException {
		return Long.parseLong(string(db, sql));
	}

	private static String string(Connection db, String sql) throws SQLException {
		try (var statement = db.createStatement(); ResultSet row = statement.executeQuery(sql)) {
			row.next();
			return row.getString(1);
		}
	}

	private static long[] longs(Connection db, String sql) throws SQLException {
		List<Long> values = new ArrayList<>();
		try (var statement = db.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
			while (rows.next()) {
				values.add(rows.getLong(1));
			}
		}
		return values.stream().mapToLong(Long::longValue).toArray();
	}

	// --- Keycloak users
	// ---------------------------------------------------------------------------------

	private String createUser(String username) throws Exception {
		String body = "{\"username\":\"" + username + "\",\"enabled\":true,\"firstName\":\"Bench\",\"lastName\":\""
				+ username + "\",\"email\":\"" + username
				+ "@bench.invalid\",\"emailVerified\":true,\"groups\":[\"/learners\"],"
				+ "\"attributes\":{\"org_unit\":[\"NA-DIENCHAU-DIENKY\"]},\"credentials\":[{\"type\":\"password\",\"value\":\""
				+ RealKeycloak.DEMO_PASSWORD + "\",\"temporary\":false}]}";
		HttpResponse<String> response = http.send(admin("/users").header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != 201) {
			throw new IllegalStateException(
					"creating " + username + ": " + response.statusCode() + " " + response.body());
		}
		return username;
	}

	private void deleteUser(String username) {
		try {
			HttpResponse<String> found = http
				.send(admin("/users?exact=true&username=" + URLEncoder.encode(username, StandardCharsets.UTF_8)).GET()
					.build(), HttpResponse.BodyHandlers.ofString());
			for (JsonNode user : json.readTree(found.body())) {
				http.send(admin("/users/" + user.get("id").asString()).DELETE().build(),
						HttpResponse.BodyHandlers.discarding());
			}
		}
		catch (Exception ex) {
			System.err.println("could not delete " + username + ": " + ex);
		}
	}

	private volatile String adminToken;

	private volatile Instant adminTokenAt = Instant.EPOCH;

	private HttpRequest.Builder admin(String path) {
		if (adminTokenAt.isBefore(Instant.now().minusSeconds(30))) {
			adminToken = RealKeycloak.masterRealmToken();
			adminTokenAt = Instant.now();
		}
		return HttpRequest.newBuilder(URI.create(RealKeycloak.url() + "/admin/realms/hocso" + path))
			.header("Authorization", "Bearer " + adminToken);
	}

	// --- CPU from /proc
	// -----------------------------------------------------------------------------------

	private static long appCpuMillis() throws IOException {
		long ticks = 0;
		for (String pid : System.getProperty("benchmark.pids", "").split(",")) {
			if (!pid.isBlank()) {
				ticks += ticks(Path.of("/proc", pid.trim(), "stat"));
			}
		}
		return ticks * 10;
	}

	/**
	 * The PostgreSQL backends serving the benchmark's database (matched by their process
	 * title).
	 */
	private static long databaseCpuMillis() throws IOException {
		String database = " " + DB.substring(DB.lastIndexOf('/') + 1).replaceAll("\\?.*", "") + " ";
		long ticks = 0;
		try (var processes = Files.list(Path.of("/proc"))) {
			for (Path process : processes.filter(p -> p.getFileName().toString().matches("\\d+")).toList()) {
				try {
					String title = Files.readString(process.resolve("cmdline")).replace('\0', ' ');
					if (title.startsWith("postgres: ") && title.contains(database)) {
						ticks += ticks(process.resolve("stat"));
					}
				}
				catch (IOException | RuntimeException gone) {
					// ended while read
				}
			}
		}
		return ticks * 10;
	}

	private static long ticks(Path stat) throws IOException {
		String text = Files.readString(stat);
		String[] fields = text.substring(text.lastIndexOf(')') + 2).split(" ");
		return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
	}

	private static double percentile(long[] sorted, int percent) {
		if (sorted.length == 0) {
			return 0;
		}
		int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
		return sorted[Math.max(0, Math.min(index, sorted.length - 1))] / 1e6;
	}

}
