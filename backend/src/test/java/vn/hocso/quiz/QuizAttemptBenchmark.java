package vn.hocso.quiz;

import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.BDDMockito.given;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.hocso.progress.LectureProgress;
import vn.hocso.quiz.domain.QuestionBank;
import vn.hocso.testing.RealKeycloak;

/**
 * A synchronized start of a whole wave (not a test; run by the command in
 * docs/benchmarks.md, "Final quiz"): N learners (default 4,500) each start their attempt
 * at a random moment within 60 s, save 20 answers and submit, over HTTP with real
 * Keycloak tokens, against whatever database the profile points at (PostgreSQL with
 * {@code -Ppostgres}). Prints throughput, p50/p99 per operation and errors.
 *
 * <p>
 * Set-up shortcuts, stated plainly: the wave's 4,500 enrolments are inserted with SQL and
 * shared among the six demo users (real tokens from the demo realm; each user owns 750
 * enrolments, so every request still goes through token validation and the 404-unless-own
 * checks). Lecture progress is stood in for (every lecture complete): it is another
 * module, measured on its own. The load generator runs in the same JVM as the server, on
 * the same 2 cores.
 */
@Tag("benchmark")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "hocso.quiz.sweep-interval=1h", "spring.datasource.hikari.maximum-pool-size=20" })
class QuizAttemptBenchmark {

	private static final List<String> USERS = List.of("demo.learner", "demo.trainer", "demo.unitadmin", "demo.verifier",
			"demo.reporter", "demo.admin");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	QuestionBank bank;

	@MockitoBean
	LectureProgress progress;

	private final Map<String, ConcurrentLinkedQueue<Long>> latencies = new ConcurrentHashMap<>();

	private final Map<String, AtomicInteger> errors = new ConcurrentHashMap<>();

	@Test
	void aWaveStartsAnswersAndSubmitsWithinAMinute() throws Exception {
		int learners = Integer.getInteger("benchmark.learners", 4500);
		int spreadSeconds = Integer.getInteger("benchmark.start-spread-seconds", 60);
		long thinkMillis = Long.getLong("benchmark.think-ms", 0);
		given(progress.allLecturesComplete(anyLong())).willReturn(true);
		RealKeycloak.awaitReady(Duration.ofSeconds(30));
		long courseId = 5_000_000 + System.currentTimeMillis() % 1_000_000;
		bank.addAll(courseId, QuizFixtures.bank(20), "benchmark");
		long[] enrolmentIds = seedWave(courseId, learners + Integer.getInteger("benchmark.warm-up", 200));
		AtomicReferenceArray<String> tokens = new AtomicReferenceArray<>(USERS.size());
		for (int u = 0; u < USERS.size(); u++) {
			tokens.set(u, RealKeycloak.demoUserToken(USERS.get(u)));
		}
		ScheduledExecutorService refresher = Executors.newSingleThreadScheduledExecutor();
		refresher.scheduleAtFixedRate(() -> {
			for (int u = 0; u < USERS.size(); u++) {
				tokens.set(u, RealKeycloak.demoUserToken(USERS.get(u)));
			}
		}, 120, 120, TimeUnit.SECONDS);

		HttpClient http = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(Duration.ofSeconds(10))
			.executor(Executors.newVirtualThreadPerTaskExecutor())
			.build();
		Random random = new Random(42);
		long[] startDelays = new long[learners];
		for (int i = 0; i < learners; i++) {
			startDelays[i] = (long) (random.nextDouble() * spreadSeconds * 1000);
		}
		// Warm-up (not measured): the JIT and the pools see some starts, answers and
		// submits first.
		int warmUp = Integer.getInteger("benchmark.warm-up", 200);
		try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
			for (int i = 0; i < warmUp; i++) {
				int learner = learners + i;
				pool.submit(() -> {
					Thread.sleep(random.nextInt(10_000));
					takeQuiz(http, tokens, learner % USERS.size(), enrolmentIds[learner], 0);
					return null;
				});
			}
		}
		latencies.clear();
		errors.clear();
		AtomicInteger finished = new AtomicInteger();
		long t0 = System.nanoTime();
		try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
			for (int i = 0; i < learners; i++) {
				int learner = i;
				pool.submit(() -> {
					Thread.sleep(startDelays[learner]);
					takeQuiz(http, tokens, learner % USERS.size(), enrolmentIds[learner], thinkMillis);
					finished.incrementAndGet();
					return null;
				});
			}
		}
		double seconds = (System.nanoTime() - t0) / 1e9;
		refresher.shutdownNow();
		report(learners, finished.get(), seconds);
	}

	private void takeQuiz(HttpClient http, AtomicReferenceArray<String> tokens, int user, long enrolmentId,
			long thinkMillis) throws InterruptedException {
		JsonNode attempt = send(http, "start", tokens.get(user), "POST",
				"/api/enrolments/" + enrolmentId + "/quiz-attempts", null);
		if (attempt == null) {
			return;
		}
		long attemptId = attempt.get("attemptId").asLong();
		int n = 0;
		for (JsonNode question : attempt.get("questions")) {
			Thread.sleep(thinkMillis);
			int choice = (int) ((attemptId + n++) % question.get("options").size());
			send(http, "answer", tokens.get(user), "PUT",
					"/api/quiz-attempts/" + attemptId + "/answers/" + question.get("questionId").asLong(),
					"{\"selected\":[" + choice + "]}");
		}
		send(http, "submit", tokens.get(user), "POST", "/api/quiz-attempts/" + attemptId + "/submit", null);
	}

	private JsonNode send(HttpClient http, String operation, String token, String method, String path, String body) {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
			.timeout(Duration.ofSeconds(60))
			.header("Authorization", "Bearer " + token)
			.header("Content-Type", "application/json")
			.method(method,
					body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
			.build();
		long start = System.nanoTime();
		try {
			HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
			latencies.computeIfAbsent(operation, k -> new ConcurrentLinkedQueue<>()).add(System.nanoTime() - start);
			if (response.statusCode() / 100 != 2) {
				errors.computeIfAbsent(operation + " " + response.statusCode(), k -> new AtomicInteger())
					.incrementAndGet();
				return null;
			}
			return JSON.readTree(response.body());
		}
		catch (Exception ex) {
			errors.computeIfAbsent(operation + " " + ex.getClass().getSimpleName(), k -> new AtomicInteger())
				.incrementAndGet();
			return null;
		}
	}

	/**
	 * One wave of the course, the enrolments shared among the demo users' learner
	 * records.
	 */
	private long[] seedWave(long courseId, int learners) {
		long base = jdbc.queryForObject("select coalesce(max(id), 0) + 1000 from enrolment", Long.class);
		long waveBase = jdbc.queryForObject("select coalesce(max(id), 0) + 1000 from wave", Long.class);
		Timestamp now = Timestamp.from(Instant.now());
		jdbc.update("delete from enrolment_learner_account where username in ('" + String.join("','", USERS) + "')");
		List<Object[]> accounts = new ArrayList<>();
		for (int u = 0; u < USERS.size(); u++) {
			accounts.add(new Object[] { base + u, USERS.get(u), now });
		}
		jdbc.batchUpdate("insert into enrolment_learner_account (learner_id, username, issued_at) values (?, ?, ?)",
				accounts);
		int waves = (learners + USERS.size() - 1) / USERS.size();
		List<Object[]> waveRows = new ArrayList<>();
		for (int w = 0; w < waves; w++) {
			waveRows.add(new Object[] { waveBase + w, "Đợt benchmark " + w, courseId, now, now });
		}
		jdbc.batchUpdate(
				"insert into wave (id, name, course_id, opening_date, capacity, deadline_working_days, created_by, created_at, version) "
						+ "values (?, ?, ?, cast(? as date), 4500, 10, 'benchmark', ?, 0)",
				waveRows);
		long[] ids = new long[learners];
		List<Object[]> rows = new ArrayList<>();
		for (int i = 0; i < learners; i++) {
			ids[i] = base + i;
			rows.add(new Object[] { ids[i], waveBase + i / USERS.size(), base + i % USERS.size(), now });
		}
		jdbc.batchUpdate(
				"insert into enrolment (id, wave_id, learner_id, unit_id, unit_path, stage, enrolled_at, version) "
						+ "values (?, ?, ?, 1, '/1/', 'IN_PROGRESS', ?, 0)",
				rows);
		return ids;
	}

	private void report(int learners, int finished, double seconds) {
		int requests = latencies.values().stream().mapToInt(ConcurrentLinkedQueue::size).sum();
		StringBuilder out = new StringBuilder("\n=== BENCHMARK: quiz wave of " + learners + " learners ===\n");
		out.append(String.format("think time between answers: %d ms%n", Long.getLong("benchmark.think-ms", 0)));
		out.append(String.format("learners finished: %d in %.1f s; %d requests, %.0f requests/s%n", finished, seconds,
				requests, requests / seconds));
		for (String operation : List.of("start", "answer", "submit")) {
			long[] sorted = latencies.getOrDefault(operation, new ConcurrentLinkedQueue<>())
				.stream()
				.mapToLong(Long::longValue)
				.sorted()
				.toArray();
			if (sorted.length == 0) {
				continue;
			}
			out.append(String.format("%-6s n=%6d  p50=%7.1f ms  p99=%7.1f ms  max=%7.1f ms%n", operation, sorted.length,
					percentile(sorted, 50), percentile(sorted, 99), sorted[sorted.length - 1] / 1e6));
		}
		out.append("errors: ").append(errors.isEmpty() ? "none" : errors.toString()).append('\n');
		System.out.println(out);
	}

	private static double percentile(long[] sorted, int p) {
		int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
		return sorted[Math.max(0, Math.min(index, sorted.length - 1))] / 1e6;
	}

}
