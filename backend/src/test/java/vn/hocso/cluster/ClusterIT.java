package vn.hocso.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.hocso.account.domain.UsernameScheme;
import vn.hocso.platform.VietnamTime;
import vn.hocso.progress.domain.WatchedIntervals;
import vn.hocso.testing.KeycloakFirstLogin;
import vn.hocso.testing.KeycloakMasterAdmin;
import vn.hocso.testing.RealKeycloak;
import vn.hocso.testing.ScratchPostgres;
import vn.hocso.testing.ScriptedCluster;

/**
 * A mini wave through the balancer of {@code infra/cluster/cluster.sh}: two app nodes
 * behind HAProxy (round robin, no stickiness) on one PostgreSQL, real Keycloak tokens.
 * Learners get their accounts from an issuance job whose node is killed with
 * {@code kill -9} in the middle, log in with their activation codes, play every lecture
 * from two tabs (heartbeats land on both nodes), take and pass the final quiz and get
 * their certificates, while node 1 is killed and started again; a certificate
 * regeneration is killed on its node and resumed. Then nothing acknowledged is missing,
 * watched time equals a single-node replay of the same heartbeats, every effect happened
 * once, and a holiday saved through node 2 moves a deadline computed by node 1.
 * PostgreSQL pass only (-Ppostgres).
 */
class ClusterIT {

	private static final Path RUN = Path.of("target", "cluster-it");

	private static final String UNIT = "NA-DIENCHAU-DIENKY";

	/**
	 * Learners who take the whole wave; more are only issued accounts, so that the
	 * issuance takes a while.
	 */
	private static final int WAVE_LEARNERS = 8;

	private static final int EXTRA_ACCOUNTS = 40;

	/**
	 * Video per heartbeat (s), reported at 2×: it costs 5 s of the learner's attention
	 * clock.
	 */
	private static final int SEGMENT = 10;

	private static final long BEAT_MILLIS = 5_500;

	private static final JsonMapper json = JsonMapper.builder().build();

	private static final HttpClient http = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(3))
		.build();

	private static ScratchPostgres db;

	private static ScriptedCluster cluster;

	private static final List<String> usernames = new ArrayList<>();

	private final Map<String, Integer> retried = new ConcurrentHashMap<>();

	@BeforeAll
	static void startCluster() throws Exception {
		assumeTrue(ScratchPostgres.available(), "PostgreSQL pass only (./hocso test-postgres)");
		RealKeycloak.awaitReady(Duration.ofMinutes(3));
		KeycloakMasterAdmin.ensureLearnersGroup();
		db = ScratchPostgres.create("cluster");
		String name = db.url().substring(db.url().lastIndexOf('/') + 1).replaceFirst("\\?.*", "");
		cluster = ScriptedCluster.start(RUN, db.url(), name, List.of(
				// A dead node's job is taken over after 6 missed heartbeats: 12 s instead
				// of 3 min.
				"--hocso.jobs.heartbeat-interval=2s", "--hocso.jobs.polling-interval=1s",
				// One Keycloak request at a time, so that the issuance lasts long enough
				// to be killed in the middle.
				"--hocso.account.parallelism=1",
				// 15-s lecture videos instead of the demo's 30 s: half the heartbeats per
				// lecture and half the ffmpeg work at start-up; every check is the same.
				"--hocso.demo.course-video-seconds=15"));
	}

	@AfterAll
	static void stopCluster() throws Exception {
		if (cluster != null) {
			cluster.close();
		}
		for (String username : usernames) {
			for (JsonNode user : KeycloakMasterAdmin.usersNamed(username)) {
				KeycloakMasterAdmin.deleteUser(user.get("id").asString());
			}
		}
		if (db != null) {
			db.close();
		}
	}

	@Test
	void aWaveThroughTheBalancerWithNodeKillsLosesNothingAndDoesEverythingOnce() throws Exception {
		long t0 = System.nanoTime();
		String admin = RealKeycloak.demoUserToken("demo.admin");
		long unitId = queryLong("SELECT id FROM org_unit WHERE code = ?", UNIT);
		long waveId = queryLong("SELECT min(id) FROM wave");

		// 1. Learners registered and enrolled through the API; accounts issued by a job
		// whose node dies.
		List<Long> waveLearners = new ArrayList<>();
		List<Long> all = new ArrayList<>();
		String firstUsername = null;
		for (int i = 0; i < WAVE_LEARNERS + EXTRA_ACCOUNTS; i++) {
			JsonNode learner = send(admin, "POST", cluster.balancer("/api/learners"),
					Map.of("fullName", name(i), "unitId", unitId, "category", "CONG_CHUC"), 201);
			all.add(learner.get("id").asLong());
			if (i == 0) {
				firstUsername = UsernameScheme.usernameFor(learner.get("id").asLong(),
						learner.get("fullName").asString());
			}
			if (i < WAVE_LEARNERS) {
				waveLearners.add(learner.get("id").asLong());
			}
		}
		send(admin, "POST", cluster.balancer("/api/waves/" + waveId + "/enrolments"),
				Map.of("learnerIds", waveLearners), 200);
		long jobId = send(admin, "POST", cluster.balancer("/api/account-issuances"), Map.of("learnerIds", all), 202)
			.get("id")
			.asLong();
		int issuingNode = awaitIssuanceRunning(jobId, firstUsername);
		log(t0, "issuance job " + jobId + " runs on node " + issuingNode + ": " + issuanceDone(jobId)
				+ " done; kill -9");
		cluster.killNode(issuingNode);
		int doneAtKill = issuanceDone(jobId);
		ExecutorService background = Executors.newVirtualThreadPerTaskExecutor();
		Future<?> issuingNodeBack = background.submit(() -> {
			cluster.startNode(issuingNode);
			return null;
		});
		JsonNode job = awaitIssuance(admin, jobId);
		log(t0, "issuance finished on the other node: " + job + " (" + doneAtKill + " recorded at the kill)");
		assertThat(job.get("status").asString()).isEqualTo("DONE");
		assertThat(job.get("done").asInt()).isEqualTo(all.size());
		assertThat(job.get("failed").asInt()).isZero();
		Map<String, String> codes = activationCodes(admin, jobId);
		assertThat(codes).hasSize(all.size());
		usernames.addAll(codes.keySet());
		for (Map.Entry<String, String> code : codes.entrySet()) {
			assertThat(KeycloakMasterAdmin.usersNamed(code.getKey())).as("Keycloak users named %s", code.getKey())
				.hasSize(1);
		}
		assertThat(queryLong("SELECT count(*) FROM learner_account WHERE learner_id = ANY(?)",
				(Object) all.toArray(Long[]::new)))
			.isEqualTo(all.size());
		assertThat(queryLong("SELECT count(DISTINCT learner_id) FROM learner_account WHERE learner_id = ANY(?)",
				(Object) all.toArray(Long[]::new)))
			.isEqualTo(all.size());
		assertThat(queryLong(
				"SELECT count(*) FROM account_issuance_item WHERE job_id = ? AND status NOT IN ('CREATED','EXISTED')",
				jobId))
			.as("items not done")
			.isZero();

		// Every code works, once: the wave's learners log in with it and choose the demo
		// password.
		List<Learner> learners = new ArrayList<>();
		for (long learnerId : waveLearners) {
			String username = queryString("SELECT username FROM learner_account WHERE learner_id = ?", learnerId);
			KeycloakFirstLogin.changeCodeToPassword(username, codes.get(username), RealKeycloak.DEMO_PASSWORD);
			long enrolmentId = queryLong("SELECT id FROM enrolment WHERE learner_id = ? AND wave_id = ?", learnerId,
					waveId);
			learners.add(new Learner(username, learnerId, enrolmentId));
		}
		for (String username : codes.keySet()) {
			if (learners.stream().noneMatch(l -> l.username.equals(username))) {
				assertThat(KeycloakMasterAdmin.passwordGrantOutcome(username, codes.get(username)))
					.as("the code of %s", username)
					.isEqualTo("Account is not fully set up");
			}
		}
		log(t0, "accounts checked; the wave starts");

		// 2. The wave: every learner plays the course from two tabs, then takes the quiz;
		// node 1 dies on the way.
		List<long[]> lectures = lectures(learners.getFirst().enrolmentId);
		Map<String, WatchedIntervals> acknowledged = new ConcurrentHashMap<>();
		Map<Long, Map<Long, Set<Integer>>> answered = new ConcurrentHashMap<>();
		AtomicInteger heartbeats = new AtomicInteger();
		String regeneration;
		try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
			List<Future<?>> running = new ArrayList<>();
			for (int i = 0; i < learners.size(); i++) {
				Learner learner = learners.get(i);
				long stagger = i * 300L;
				running.add(pool.submit(() -> {
					Thread.sleep(stagger);
					watch(learner, lectures, acknowledged, heartbeats);
					takeQuiz(learner, answered);
					return null;
				}));
			}
			Thread.sleep(50_000);
			issuingNodeBack.get();
			background.close();
			// A regeneration of the wave's certificates, started on node 1, which dies
			// right after.
			admin = RealKeycloak.demoUserToken("demo.admin");
			regeneration = send(admin, "POST", cluster.node(1, "/api/waves/" + waveId + "/certificates/regenerate"),
					null, 202)
				.get("id")
				.asString();
			log(t0, heartbeats.get() + " heartbeats acknowledged; regeneration " + regeneration
					+ " started; kill -9 node 1");
			cluster.killNode(1);
			log(t0, "regeneration at the kill: " + queryString(
					"SELECT status || ' ' || done || '/' || total " + "FROM certificate_regeneration_job WHERE id = ?",
					regeneration));
			cluster.startNode(1);
			log(t0, "node 1 ready again; " + heartbeats.get() + " heartbeats acknowledged");
			for (Future<?> learner : running) {
				learner.get();
			}
		}
		log(t0, "wave done: " + heartbeats.get() + " heartbeats, retries " + retried);

		// 3. Nothing acknowledged is missing; watched time is the single-node replay of
		// the same heartbeats.
		for (Learner learner : learners) {
			for (long[] lecture : lectures) {
				WatchedIntervals expected = acknowledged.get(learner.enrolmentId + "/" + lecture[0]);
				try (Connection c = db.connect();
						PreparedStatement q = c
							.prepareStatement("SELECT watched_intervals, watched_millis, completed_at "
									+ "FROM lecture_progress WHERE enrolment_id = ? AND lecture_id = ?")) {
					q.setLong(1, learner.enrolmentId);
					q.setLong(2, lecture[0]);
					try (ResultSet row = q.executeQuery()) {
						assertThat(row.next()).as("progress of %s, lecture %d", learner.username, lecture[0]).isTrue();
						assertThat(row.getLong("watched_millis"))
							.as("watched ms of %s, lecture %d", learner.username, lecture[0])
							.isEqualTo(expected.watchedMillis())
							.isEqualTo(lecture[1] * 1000);
						assertThat(WatchedIntervals.decode(row.getString("watched_intervals")).encode())
							.isEqualTo(expected.encode());
						assertThat(row.getTimestamp("completed_at")).isNotNull();
					}
				}
			}
			for (Map.Entry<Long, Set<Integer>> answer : answered.get(learner.enrolmentId).entrySet()) {
				assertThat(selected(learner.enrolmentId, answer.getKey()))
					.as("answer of %s to %d", learner.username, answer.getKey())
					.isEqualTo(answer.getValue());
			}
		}

		// 4. One certificate per completion, seen by the learner through the balancer.
		for (Learner learner : learners) {
			assertThat(queryLong("SELECT count(*) FROM certificate WHERE enrolment_id = ?", learner.enrolmentId))
				.as("certificates of %s", learner.username)
				.isEqualTo(1);
			assertThat(queryLong("SELECT count(*) FROM certificate WHERE completion_of = ?", learner.enrolmentId))
				.isEqualTo(1);
			assertThat(queryLong("SELECT count(*) FROM enrolment WHERE id = ? AND completed_at IS NOT NULL",
					learner.enrolmentId))
				.isEqualTo(1);
		}

		// 5. The regeneration killed with its node finished, once, and every PDF is
		// served by both nodes.
		admin = RealKeycloak.demoUserToken("demo.admin");
		JsonNode regenerated = awaitRegeneration(admin, regeneration);
		log(t0, "regeneration: " + regenerated);
		assertThat(regenerated.get("status").asString()).isEqualTo("FINISHED");
		// The job re-renders the certificates that existed when it was started (one row
		// each), resumed or not.
		assertThat(regenerated.get("done").asInt()).isEqualTo(regenerated.get("total").asInt()).isPositive();
		assertThat(regenerated.get("failed").asInt()).isZero();
		assertThat(queryLong("SELECT count(*) FROM certificate_regeneration_job WHERE wave_id = ?", waveId))
			.isEqualTo(1);
		for (long certificateId : queryLongs("SELECT id FROM certificate WHERE wave_id = ?", waveId)) {
			for (int node = 1; node <= 2; node++) {
				HttpResponse<byte[]> pdf = http
					.send(HttpRequest.newBuilder(cluster.node(node, "/api/certificates/" + certificateId + "/pdf"))
						.header("Authorization", "Bearer " + admin)
						.build(), HttpResponse.BodyHandlers.ofByteArray());
				assertThat(pdf.statusCode()).as("PDF of certificate %d from node %d", certificateId, node)
					.isEqualTo(200);
				assertThat(new String(pdf.body(), 0, 5)).isEqualTo("%PDF-");
			}
		}

		// 6. Schedules: once per period for the cluster, nothing left claimed by a dead
		// node.
		assertSchedulesRanOncePerPeriod();

		// 7. A holiday saved through node 2 moves a deadline computed by node 1 (calendar
		// refresh: 5 s).
		LocalDate from = LocalDate.now(VietnamTime.ZONE).plusDays(70);
		while (from.getDayOfWeek() != DayOfWeek.MONDAY) {
			from = from.plusDays(1);
		}
		URI deadlineOnNode1 = cluster.node(1, "/api/calendar/working-days?from=" + from + "&count=5");
		JsonNode before = send(admin, "GET", deadlineOnNode1, null, 200);
		String dayOff = before.get("countedDays").get(1).asString();
		send(admin, "PUT", cluster.node(2, "/api/calendar/days/" + dayOff),
				Map.of("kind", "COMPENSATORY_DAY_OFF", "nameVi", "Ngày nghỉ thử cụm", "nameEn", "Cluster test day off"),
				200);
		Instant saved = Instant.now();
		String deadline = before.get("deadline").asString();
		while (deadline.equals(before.get("deadline").asString())) {
			assertThat(Duration.between(saved, Instant.now())).as("node 1 sees node 2's holiday")
				.isLessThan(Duration.ofSeconds(15));
			Thread.sleep(250);
			deadline = send(admin, "GET", deadlineOnNode1, null, 200).get("deadline").asString();
		}
		log(t0, "node 1's deadline moved from " + before.get("deadline").asString() + " to " + deadline + " "
				+ Duration.between(saved, Instant.now()).toMillis() + " ms after node 2 saved " + dayOff);
		assertThat(LocalDate.parse(deadline)).isAfter(LocalDate.parse(before.get("deadline").asString()));
		assertThat(cluster.log(1) + cluster.log(2)).doesNotContain("OutOfMemoryError");
	}

	// --- the learner's side
	// --------------------------------------------------------------------------

	record Learner(String username, long learnerId, long enrolmentId) {
	}

	/**
	 * Every lecture, {@value #SEGMENT} s of video at 2× per heartbeat every 5.5 s; every
	 * third heartbeat a second tab re-sends a stretch that overlaps the first tab's. A
	 * heartbeat that got no answer (a node died, 502/503) is sent again; what was
	 * answered 200 is recorded as acknowledged.
	 */
	private void watch(Learner learner, List<long[]> lectures, Map<String, WatchedIntervals> acknowledged,
			AtomicInteger count) throws Exception {
		String token = RealKeycloak.demoUserToken(learner.username);
		int beat = 0;
		for (long[] lecture : lectures) {
			String key = learner.enrolmentId + "/" + lecture[0];
			acknowledged.put(key, WatchedIntervals.empty());
			URI uri = cluster
				.balancer("/api/enrolments/" + learner.enrolmentId + "/lectures/" + lecture[0] + "/heartbeats");
			for (long from = 0; from < lecture[1]; from += SEGMENT) {
				long to = Math.min(lecture[1], from + SEGMENT);
				long next = System.currentTimeMillis() + BEAT_MILLIS;
				heartbeat(token, uri, "tab1-" + learner.username, from, to, acknowledged.get(key), count);
				if (++beat % 3 == 0 && from > 0) {
					heartbeat(token, uri, "tab2-" + learner.username, from - 2, Math.min(lecture[1], from + 2),
							acknowledged.get(key), count);
				}
				Thread.sleep(Math.max(0, next - System.currentTimeMillis()));
			}
		}
	}

	private void heartbeat(String token, URI uri, String session, long from, long to, WatchedIntervals acknowledged,
			AtomicInteger count) throws Exception {
		Map<String, Object> body = Map.of("sessionId", session, "segments",
				List.of(Map.of("fromSecond", from, "toSecond", to)), "positionSecond", to, "playbackRate", 2.0);
		send(token, "POST", uri, body, 200);
		synchronized (acknowledged) {
			acknowledged.add(from * 1000, to * 1000, Long.MAX_VALUE);
		}
		count.incrementAndGet();
	}

	private void takeQuiz(Learner learner, Map<Long, Map<Long, Set<Integer>>> answered) throws Exception {
		String token = RealKeycloak.demoUserToken(learner.username);
		// A start sent again returns the open attempt, so a start whose answer was lost
		// with a node is simply resent.
		JsonNode attempt = send(token, "POST",
				cluster.balancer("/api/enrolments/" + learner.enrolmentId + "/quiz-attempts"), null, 200);
		long attemptId = attempt.get("attemptId").asLong();
		Map<Long, List<Integer>> orders = optionOrders(attemptId);
		Map<Long, Set<Integer>> correct = correctOptions(attemptId);
		Map<Long, Set<Integer>> acked = new LinkedHashMap<>();
		for (JsonNode question : attempt.get("questions")) {
			long questionId = question.get("questionId").asLong();
			// The learner picks the correct options as shown (shuffled); the server
			// stores them as the bank's positions.
			Set<Integer> shown = correct.get(questionId)
				.stream()
				.map(orders.get(questionId)::indexOf)
				.collect(Collectors.toCollection(TreeSet::new));
			send(token, "PUT", cluster.balancer("/api/quiz-attempts/" + attemptId + "/answers/" + questionId),
					Map.of("selected", shown), 200);
			acked.put(questionId, correct.get(questionId));
		}
		answered.put(learner.enrolmentId, acked);
		JsonNode result;
		try {
			result = send(token, "POST", cluster.balancer("/api/quiz-attempts/" + attemptId + "/submit"), null, 200);
		}
		catch (AssertionError lost) {
			result = send(token, "GET", cluster.balancer("/api/quiz-attempts/" + attemptId), null, 200);
		}
		assertThat(result.path("result").path("passed").asBoolean()).as("%s passed: %s", learner.username, result)
			.isTrue();
		Instant deadline = Instant.now().plusSeconds(60);
		while (send(token, "GET", cluster.balancer("/api/me/certificates"), null, 200).size() == 0) {
			assertThat(Instant.now()).as("certificate of %s within a minute", learner.username).isBefore(deadline);
			Thread.sleep(500);
		}
	}

	// --- HTTP
	// ------------------------------------------------------------------------------------------

	/**
	 * Sends until a node answers: a lost connection, 502/503/504 (a node died under the
	 * request, or the balancer has no node yet) is sent again after a second, up to a
	 * minute; any other status than {@code expected} fails.
	 */
	private JsonNode send(String token, String method, URI uri, Object body, int expected) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri)
			.timeout(Duration.ofSeconds(30))
			.header("Authorization", "Bearer " + token)
			.header("Accept", "application/json");
		if (body != null) {
			request.header("Content-Type", "application/json")
				.method(method, HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)));
		}
		else {
			request.method(method, HttpRequest.BodyPublishers.noBody());
		}
		Instant giveUp = Instant.now().plusSeconds(60);
		String last = "";
		while (Instant.now().isBefore(giveUp)) {
			try {
				HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
				if (response.statusCode() == expected) {
					return response.body().isEmpty() ? json.createObjectNode() : json.readTree(response.body());
				}
				last = response.statusCode() + " " + response.body();
				if (response.statusCode() != 502 && response.statusCode() != 503 && response.statusCode() != 504) {
					throw new AssertionError(method + " " + uri + ": " + last);
				}
			}
			catch (IOException ex) {
				last = ex.toString();
			}
			retried.merge(method + " " + uri.getPath().replaceAll("/\\d+", "/{id}"), 1, Integer::sum);
			Thread.sleep(1000);
		}
		throw new AssertionError(method + " " + uri + " got no answer within a minute: " + last);
	}

	// --- helpers
	// -----------------------------------------------------------------------------------------

	private static String name(int i) {
		String[] given = { "An", "Bình", "Cường", "Dũng", "Giang", "Hà", "Khánh", "Lan", "Minh", "Nga" };
		return "Trần Văn Cụm " + given[i % 10] + " " + given[(i / 10) % 10];
	}

	/**
	 * Waits until the job's node has made the first learner's Keycloak user (items go in
	 * id order, one at a time) and returns that node: killed now, users exist in Keycloak
	 * that no record knows.
	 */
	private int awaitIssuanceRunning(long jobId, String firstUsername) throws Exception {
		Instant deadline = Instant.now().plusSeconds(120);
		while (Instant.now().isBefore(deadline)) {
			String pickedBy = queryString("SELECT picked_by FROM scheduled_tasks WHERE task_name = 'account-issuance' "
					+ "AND task_instance = ? AND picked", String.valueOf(jobId));
			if (pickedBy != null && !KeycloakMasterAdmin.usersNamed(firstUsername).isEmpty()) {
				int node = cluster.nodeOfPid(Long.parseLong(pickedBy.substring(pickedBy.lastIndexOf(':') + 1)));
				assertThat(node).as("node of %s", pickedBy).isPositive();
				return node;
			}
			Thread.sleep(100);
		}
		throw new AssertionError("the issuance job " + jobId + " made no Keycloak user within two minutes");
	}

	private int issuanceDone(long jobId) throws SQLException {
		return (int) queryLong("SELECT count(*) FROM account_issuance_item WHERE job_id = ? AND status <> 'PENDING'",
				jobId);
	}

	private JsonNode awaitIssuance(String admin, long jobId) throws Exception {
		Instant deadline = Instant.now().plusSeconds(120);
		JsonNode job = send(admin, "GET", cluster.balancer("/api/account-issuances/" + jobId), null, 200);
		while (job.path("finishedAt").isNull() || job.path("finishedAt").isMissingNode()) {
			assertThat(Instant.now()).as("issuance %d finishes: %s", jobId, job).isBefore(deadline);
			Thread.sleep(500);
			job = send(admin, "GET", cluster.balancer("/api/account-issuances/" + jobId), null, 200);
		}
		return job;
	}

	private JsonNode awaitRegeneration(String admin, String jobId) throws Exception {
		Instant deadline = Instant.now().plusSeconds(120);
		JsonNode job = send(admin, "GET", cluster.balancer("/api/certificate-jobs/" + jobId), null, 200);
		while (job.path("finishedAt").isNull() || job.path("finishedAt").isMissingNode()) {
			assertThat(Instant.now()).as("regeneration %s finishes: %s", jobId, job).isBefore(deadline);
			Thread.sleep(500);
			job = send(admin, "GET", cluster.balancer("/api/certificate-jobs/" + jobId), null, 200);
		}
		return job;
	}

	/**
	 * Username → activation code, from the job's account sheet (the workbook a unit admin
	 * downloads).
	 */
	private Map<String, String> activationCodes(String admin, long jobId) throws Exception {
		HttpResponse<byte[]> sheet = http
			.send(HttpRequest.newBuilder(cluster.balancer("/api/account-issuances/" + jobId + "/sheet.xlsx"))
				.header("Authorization", "Bearer " + admin)
				.build(), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(sheet.statusCode()).isEqualTo(200);
		Map<String, String> codes = new HashMap<>();
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(sheet.body()))) {
			for (Row row : workbook.getFirstSheet().read()) {
				if (!"Tên đăng nhập".equals(row.getCellText(4))) {
					assertThat(codes.put(row.getCellText(4), row.getCellText(5))).as("one line per user").isNull();
				}
			}
		}
		return codes;
	}

	/** [id, duration s] of each lecture of the enrolment's course, in order. */
	private List<long[]> lectures(long enrolmentId) throws SQLException {
		List<long[]> lectures = new ArrayList<>();
		try (Connection c = db.connect();
				PreparedStatement q = c.prepareStatement("SELECT l.id, l.duration_seconds FROM lecture l "
						+ "JOIN course_version v ON v.id = l.course_version_id JOIN wave w ON w.course_id = v.course_id "
						+ "JOIN enrolment e ON e.wave_id = w.id WHERE e.id = ? AND v.id = (SELECT max(v2.id) FROM course_version v2 "
						+ "WHERE v2.course_id = v.course_id) ORDER BY l.position")) {
			q.setLong(1, enrolmentId);
			try (ResultSet rows = q.executeQuery()) {
				while (rows.next()) {
					lectures.add(new long[] { rows.getLong(1), rows.getLong(2) });
				}
			}
		}
		assertThat(lectures).isNotEmpty();
		return lectures;
	}

	/** Question → the bank positions of its correct options. */
	private Map<Long, Set<Integer>> correctOptions(long attemptId) throws SQLException {
		Map<Long, Set<Integer>> correct = new HashMap<>();
		try (Connection c = db.connect();
				PreparedStatement q = c
					.prepareStatement("SELECT q.question_id, o.position FROM quiz_attempt_question q "
							+ "JOIN quiz_question_option o ON o.question_version_id = q.question_version_id "
							+ "WHERE q.attempt_id = ? AND o.correct")) {
			q.setLong(1, attemptId);
			try (ResultSet rows = q.executeQuery()) {
				while (rows.next()) {
					correct.computeIfAbsent(rows.getLong(1), k -> new TreeSet<>()).add(rows.getInt(2));
				}
			}
		}
		return correct;
	}

	/**
	 * Question → the bank positions of its options in the order this attempt shows them.
	 */
	private Map<Long, List<Integer>> optionOrders(long attemptId) throws SQLException {
		Map<Long, List<Integer>> orders = new HashMap<>();
		try (Connection c = db.connect();
				PreparedStatement q = c.prepareStatement(
						"SELECT question_id, option_order FROM quiz_attempt_question " + "WHERE attempt_id = ?")) {
			q.setLong(1, attemptId);
			try (ResultSet rows = q.executeQuery()) {
				while (rows.next()) {
					orders.put(rows.getLong(1),
							Arrays.stream(rows.getString(2).split(",")).map(Integer::valueOf).toList());
				}
			}
		}
		return orders;
	}

	private Set<Integer> selected(long enrolmentId, long questionId) throws SQLException {
		String selected = queryString(
				"SELECT q.selected FROM quiz_attempt_question q JOIN quiz_attempt a ON a.id = q.attempt_id "
						+ "WHERE a.enrolment_id = ? AND q.question_id = ?",
				enrolmentId, questionId);
		return selected == null || selected.isBlank() ? Set.of()
				: Arrays.stream(selected.split(","))
					.map(String::trim)
					.map(Integer::valueOf)
					.collect(Collectors.toCollection(TreeSet::new));
	}

	private void assertSchedulesRanOncePerPeriod() throws SQLException {
		if (queryLong("SELECT count(*) FROM information_schema.tables WHERE table_name = 'job_run'") > 0) {
			assertThat(queryLong("SELECT count(*) FROM (SELECT task_name, period_key FROM job_run "
					+ "GROUP BY task_name, period_key HAVING count(*) > 1) twice"))
				.as("periods run twice")
				.isZero();
		}
		// Each schedule is one row, whoever ran it last; the one-off issuance is gone
		// once done.
		assertThat(queryLong(
				"SELECT count(*) FROM (SELECT task_name FROM scheduled_tasks WHERE task_instance = 'recurring' "
						+ "GROUP BY task_name HAVING count(*) > 1) twice"))
			.isZero();
		assertThat(queryLong("SELECT count(*) FROM scheduled_tasks WHERE task_name = 'account-issuance'")).isZero();
		assertThat(queryLong("SELECT count(*) FROM scheduled_tasks WHERE coalesce(consecutive_failures, 0) > 0"))
			.as("schedules failing")
			.isZero();
		// The 15-s quiz sweep kept running on the cluster through the kills.
		assertThat(queryLong("SELECT count(*) FROM scheduled_tasks WHERE task_name = 'quiz-overdue-sweep' "
				+ "AND last_success > now() - interval '1 minute'"))
			.isEqualTo(1);
	}

	private static void log(long t0, String message) {
		System.out.printf("[ClusterIT %5.1f s] %s%n", (System.nanoTime() - t0) / 1e9, message);
	}

	private static long queryLong(String sql, Object... parameters) throws SQLException {
		String value = queryString(sql, parameters);
		return value == null ? 0 : Long.parseLong(value);
	}

	private static Instant queryInstant(String sql, Object... parameters) throws SQLException {
		try (Connection c = db.connect();
				PreparedStatement q = prepare(c, sql, parameters);
				ResultSet row = q.executeQuery()) {
			return row.next() && row.getTimestamp(1) != null ? row.getTimestamp(1).toInstant() : null;
		}
	}

	private static List<Long> queryLongs(String sql, Object... parameters) throws SQLException {
		List<Long> values = new ArrayList<>();
		try (Connection c = db.connect();
				PreparedStatement q = prepare(c, sql, parameters);
				ResultSet rows = q.executeQuery()) {
			while (rows.next()) {
				values.add(rows.getLong(1));
			}
		}
		return values;
	}

	private static String queryString(String sql, Object... parameters) throws SQLException {
		try (Connection c = db.connect();
				PreparedStatement q = prepare(c, sql, parameters);
				ResultSet row = q.executeQuery()) {
			return row.next() ? row.getString(1) : null;
		}
	}

	private static PreparedStatement prepare(Connection c, String sql, Object... parameters) throws SQLException {
		PreparedStatement q = c.prepareStatement(sql);
		for (int i = 0; i < parameters.length; i++) {
			if (parameters[i] instanceof Long[] array) {
				q.setArray(i + 1, c.createArrayOf("bigint", array));
			}
			else {
				q.setObject(i + 1, parameters[i]);
			}
		}
		return q;
	}

}
