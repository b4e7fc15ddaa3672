package vn.hocso.progress.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.BDDMockito.given;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import vn.hocso.calendar.WorkingDayCalendar;
import vn.hocso.course.CourseCatalog;
import vn.hocso.course.CourseCatalog.CourseVersionView;
import vn.hocso.course.CourseCatalog.LectureView;
import vn.hocso.enrolment.EnrolmentDirectory;
import vn.hocso.enrolment.EnrolmentLifecycle;
import vn.hocso.enrolment.EnrolmentRef;
import vn.hocso.enrolment.EnrolmentStatus;
import vn.hocso.identity.CurrentCaller;
import vn.hocso.platform.VietnamTime;
import vn.hocso.progress.LectureProgress;
import vn.hocso.progress.ProgressModuleTest;
import vn.hocso.progress.domain.Heartbeat.Segment;
import vn.hocso.testing.AsCaller;

/**
 * Two nodes on one database: two independent write paths (each its own store, writer
 * thread and service, as two app nodes have) share the test's DataSource (H2, or
 * PostgreSQL in the postgres pass), and take a learner's heartbeats alternately, two
 * tabs' heartbeats at the same moment on different nodes, many learners at once. What is
 * stored must equal a single-node replay of the same heartbeats, and no interleaving may
 * earn more than the learner's wall time allows.
 */
@ProgressModuleTest
class TwoNodeProgressTests {

	private static final Instant START = LocalDateTime.parse("2026-11-23T09:00:00")
		.atZone(VietnamTime.ZONE)
		.toInstant();

	/**
	 * Fresh ids per run, so that a PostgreSQL database reused between runs holds nothing
	 * of ours.
	 */
	private static final long BASE = 50_000_000L + Math.floorMod(System.nanoTime(), 1_000_000L) * 1_000L;

	private static final AtomicInteger RUNS = new AtomicInteger();

	private static final long VERSION = BASE;

	private static final List<LectureView> LECTURES = List.of(
			new LectureView(BASE + 1, 1, "Chính quyền số", "m1", 120, List.of()),
			new LectureView(BASE + 2, 2, "Xã hội số", "m2", 90, List.of()),
			new LectureView(BASE + 3, 3, "Kinh tế số", "m3", 60, List.of()));

	@Autowired
	DataSource dataSource;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	CurrentCaller caller;

	@Autowired
	LectureProgress lectureProgress;

	@Autowired
	EnrolmentDirectory enrolments;

	@Autowired
	EnrolmentLifecycle lifecycle;

	@Autowired
	CourseCatalog catalog;

	private final ScriptClock clock = new ScriptClock();

	private final Map<Long, EnrolmentRef> refs = new ConcurrentHashMap<>();

	private final List<ProgressWriter> writers = new ArrayList<>();

	private final ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();

	@BeforeEach
	void aThreeLectureCourse() {
		given(catalog.version(VERSION))
			.willReturn(Optional.of(new CourseVersionView(1, VERSION, 1, "CDS", "Chuyển đổi số", 90, 30, LECTURES)));
		given(enrolments.requireOwn(anyLong())).willAnswer(call -> refs.get(call.<Long>getArgument(0)));
		given(enrolments.find(anyLong())).willAnswer(call -> Optional.ofNullable(refs.get(call.<Long>getArgument(0))));
	}

	@AfterEach
	void stopTheNodes() {
		writers.forEach(ProgressWriter::stop);
		threads.shutdownNow();
	}

	@Test
	void heartbeatsSpreadOverTwoNodesStoreWhatOneNodeStores() throws Exception {
		int learners = 16;
		Node nodeA = node(7);
		Node nodeB = node(11);
		Node single = node(9);
		long clusterRun = nextRun();
		long singleRun = nextRun();
		List<CompletableFuture<Void>> plays = new ArrayList<>();
		for (int learner = 0; learner < learners; learner++) {
			List<Beat> script = honestScript(new Random(learner));
			long enrolment = enrol(clusterRun + learner);
			plays.add(CompletableFuture.runAsync(() -> playAcross(script, enrolment, nodeA, nodeB), threads));
		}
		CompletableFuture.allOf(plays.toArray(CompletableFuture[]::new)).join();
		for (int learner = 0; learner < learners; learner++) {
			List<Beat> script = honestScript(new Random(learner));
			long enrolment = enrol(singleRun + learner);
			script.forEach(beat -> send(single, enrolment, beat));
		}

		long watchedOverall = 0;
		for (int learner = 0; learner < learners; learner++) {
			Stored cluster = stored(clusterRun + learner);
			Stored one = stored(singleRun + learner);
			assertThat(cluster).as("learner %d", learner).isEqualTo(one);
			watchedOverall += cluster.lectures().stream().mapToLong(StoredLecture::watchedMillis).sum();
		}
		// Each script watches lecture 1 to its end, lecture 2 in part and rewatches:
		// nothing trivial compared.
		assertThat(watchedOverall).isGreaterThan(learners * 100_000L);
	}

	@Test
	void theQuizGateSeesLecturesFinishedOnTheOtherNode() {
		Node nodeA = node(7);
		Node nodeB = node(11);
		long enrolment = enrol(nextRun());
		long at = 0;
		for (LectureView lecture : LECTURES) {
			for (int from = 0; from < lecture.durationSeconds(); from += 15) {
				at += 15_000;
				Node node = from / 15 % 2 == 0 ? nodeA : nodeB;
				send(node, enrolment, new Beat(at, 0, lecture,
						List.of(new Segment(from, Math.min(from + 15, lecture.durationSeconds()))), 1.0));
			}
		}

		assertThat(lectureProgress.allLecturesComplete(enrolment)).isTrue();
		assertThat(lectureProgress.summary(enrolment).minutesStudied()).isEqualTo(4);
	}

	@Test
	void withoutAWriterThreadEachHeartbeatIsStoredOnItsOwnThreadBeforeItIsAnswered() {
		// An hour between rounds: only the request's own flush can answer within the 30-s
		// timeout.
		Node node = node(3_600_000, false);
		long enrolment = enrol(nextRun());
		LectureView lecture = LECTURES.getFirst();

		send(node, enrolment, new Beat(15_000, 0, lecture, List.of(new Segment(0, 15)), 1.0));

		assertThat(stored(enrolment).lectures().stream().mapToLong(StoredLecture::watchedMillis).sum())
			.isEqualTo(15_000);
	}

	@Test
	void rotatingSessionIdsAcrossNodesCompletesNothing() {
		Node nodeA = node(7);
		Node nodeB = node(11);
		long enrolment = enrol(nextRun());
		int beat = 0;
		// The attack seen: heartbeats under fresh session ids, within two seconds, for
		// every lecture.
		for (LectureView lecture : LECTURES) {
			for (int part = 0; part < 3; part++) {
				double from = lecture.durationSeconds() * part / 3.0;
				double to = lecture.durationSeconds() * (part + 1) / 3.0;
				send(beat % 2 == 0 ? nodeA : nodeB, enrolment,
						new Beat(200L * beat, 0, lecture, List.of(new Segment(from, to)), 2.0));
				beat++;
			}
		}

		Stored stored = stored(enrolment);
		long elapsedMillis = 200L * (beat - 1);
		assertThat(stored.lectures().stream().mapToLong(StoredLecture::watchedMillis).sum())
			.isLessThanOrEqualTo(2 * (elapsedMillis + Attention.ALLOWANCE_MILLIS));
		assertThat(stored.lectures()).noneMatch(StoredLecture::completed);
		assertThat(lectureProgress.allLecturesComplete(enrolment)).isFalse();
	}

	@Test
	void twoTabsPlayingTwoLecturesAtOnceOnTwoNodesEarnNoMoreThanWallTime() {
		Node nodeA = node(7);
		Node nodeB = node(11);
		long enrolment = enrol(nextRun());
		List<CompletableFuture<Void>> tabs = new ArrayList<>();
		for (int tab = 0; tab < 2; tab++) {
			LectureView lecture = LECTURES.get(tab);
			Node node = tab == 0 ? nodeA : nodeB;
			int tabId = tab;
			tabs.add(CompletableFuture.runAsync(() -> {
				for (int from = 0; from < lecture.durationSeconds(); from += 15) {
					send(node, enrolment, new Beat(15_000L * (from / 15 + 1), tabId, lecture,
							List.of(new Segment(from, Math.min(from + 15, lecture.durationSeconds()))), 1.0));
				}
			}, threads));
		}
		CompletableFuture.allOf(tabs.toArray(CompletableFuture[]::new)).join();

		long wallMillis = 15_000L * (LECTURES.get(0).durationSeconds() / 15);
		Stored stored = stored(enrolment);
		assertThat(stored.lectures().stream().mapToLong(StoredLecture::watchedMillis).sum())
			.isLessThanOrEqualTo(wallMillis + Attention.ALLOWANCE_MILLIS);
		assertThat(stored.studyMillisByDay().values().stream().mapToLong(Long::longValue).sum())
			.isLessThanOrEqualTo(wallMillis + Attention.ALLOWANCE_MILLIS);
	}

	/**
	 * One learner, honest: tab 1 plays lecture 1 (at 1× or 2×, seeking ahead now and
	 * then) while tab 2, opened on lecture 2, sends a second of play at almost the same
	 * moment; then tab 2 plays lecture 2 alone; then tab 1 rewatches the start of lecture
	 * 1. Never more than wall time: nothing is capped.
	 */
	private static List<Beat> honestScript(Random random) {
		List<Beat> beats = new ArrayList<>();
		LectureView first = LECTURES.get(0);
		LectureView second = LECTURES.get(1);
		double rate = random.nextBoolean() ? 1.0 : 2.0;
		long at = 0;
		double position = 0;
		double peek = 0;
		while (position < first.durationSeconds()) {
			at += 15_000;
			if (random.nextInt(5) == 0) {
				position += 10;
			}
			double to = Math.min(position + 15 * rate, first.durationSeconds());
			if (position < to) {
				beats.add(new Beat(at, 1, first, List.of(new Segment(position, to)), rate));
			}
			position = to;
			beats.add(new Beat(at + random.nextInt(150), 2, second, List.of(new Segment(peek, peek + 1)), 1.0));
			peek += 1;
		}
		for (double from = peek; from < 60; from += 15) {
			at += 15_000;
			beats.add(new Beat(at, 2, second, List.of(new Segment(from, Math.min(from + 15, 60))), 1.0));
		}
		at += 15_000;
		beats.add(new Beat(at, 1, first, List.of(new Segment(0, 15)), 1.0));
		return beats;
	}

	/**
	 * Sends the script in time order, alternating nodes; beats less than a second apart
	 * go at once to both.
	 */
	private void playAcross(List<Beat> script, long enrolment, Node nodeA, Node nodeB) {
		int i = 0;
		int turn = 0;
		while (i < script.size()) {
			int end = i + 1;
			while (end < script.size() && script.get(end).atMillis() - script.get(i).atMillis() < 1_000) {
				end++;
			}
			List<CompletableFuture<Void>> together = new ArrayList<>();
			for (int k = i; k < end; k++) {
				Beat beat = script.get(k);
				Node node = (turn++ % 2 == 0) ? nodeA : nodeB;
				together.add(CompletableFuture.runAsync(() -> send(node, enrolment, beat), threads));
			}
			CompletableFuture.allOf(together.toArray(CompletableFuture[]::new)).join();
			i = end;
		}
	}

	private void send(Node node, long enrolment, Beat beat) {
		AsCaller.signIn("learner" + enrolment, "NA-DIENCHAU-DIENKY", "LEARNER");
		clock.set(START.plusMillis(beat.atMillis()));
		try {
			Segment last = beat.segments().getLast();
			node.service()
				.heartbeat(enrolment, beat.lecture().lectureId(), new Heartbeat(
						"tab" + beat.tab() + "-" + beat.atMillis(), beat.segments(), last.toSecond(), beat.rate()));
		}
		finally {
			clock.clear();
			AsCaller.signOut();
		}
	}

	private Node node(int flushMillis) {
		return node(flushMillis, true);
	}

	private Node node(int flushMillis, boolean background) {
		ProgressStore store = new ProgressStore(dataSource, transactions);
		ProgressWriter writer = new ProgressWriter(store, enrolments, VietnamTime.ZONE, Duration.ofMillis(flushMillis),
				Duration.ofSeconds(30), background);
		writer.start();
		writers.add(writer);
		HeartbeatService service = new HeartbeatService(enrolments, lifecycle, catalog, caller, writer, store, clock,
				new ProgressProperties(null, null, null, null));
		return new Node(service, store);
	}

	private long enrol(long id) {
		refs.put(id,
				new EnrolmentRef(id, id, 1, 1, VERSION, 1, "/1/", null, EnrolmentStatus.IN_PROGRESS, null, null, null));
		return id;
	}

	private static long nextRun() {
		return BASE + 100L * RUNS.incrementAndGet();
	}

	private Stored stored(long enrolment) {
		ProgressStore store = new ProgressStore(dataSource, transactions);
		List<StoredLecture> lectures = store.lecturesOf(enrolment)
			.stream()
			.map(state -> new StoredLecture(state.lectureId, state.watched.encode(), state.watched.watchedMillis(),
					state.positionSecond, state.completedAt != null))
			.sorted(java.util.Comparator.comparingLong(StoredLecture::lectureId))
			.toList();
		return new Stored(lectures, new TreeMap<>(store.studyDaysOf(enrolment)));
	}

	private record Node(HeartbeatService service, ProgressStore store) {
	}

	private record Beat(long atMillis, int tab, LectureView lecture, List<Segment> segments, double rate) {
	}

	private record StoredLecture(long lectureId, String intervals, long watchedMillis, double positionSecond,
			boolean completed) {
	}

	private record Stored(List<StoredLecture> lectures, Map<LocalDate, Long> studyMillisByDay) {
	}

	/**
	 * The scripted time of the heartbeat the calling thread sends; the real time
	 * otherwise.
	 */
	private static final class ScriptClock extends Clock {

		private final ThreadLocal<Instant> now = new ThreadLocal<>();

		void set(Instant instant) {
			now.set(instant);
		}

		void clear() {
			now.remove();
		}

		@Override
		public Instant instant() {
			Instant scripted = now.get();
			return scripted == null ? Instant.now() : scripted;
		}

		@Override
		public ZoneId getZone() {
			return VietnamTime.ZONE;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

	}

}
