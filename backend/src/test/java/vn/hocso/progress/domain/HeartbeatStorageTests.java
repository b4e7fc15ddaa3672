package vn.hocso.progress.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import vn.hocso.course.CourseCatalog;
import vn.hocso.course.CourseCatalog.CourseVersionView;
import vn.hocso.course.CourseCatalog.LectureView;
import vn.hocso.enrolment.EnrolmentDirectory;
import vn.hocso.enrolment.EnrolmentLifecycle;
import vn.hocso.enrolment.EnrolmentRef;
import vn.hocso.enrolment.EnrolmentStatus;
import vn.hocso.identity.CurrentCaller;
import vn.hocso.platform.ProblemException;
import vn.hocso.platform.VietnamTime;
import vn.hocso.progress.ProgressModuleTest;
import vn.hocso.testing.AsCaller;

/**
 * Group commit and durability: this node's writer never flushes by itself (an hour's
 * interval), so the tests decide when a batch is stored. The node (store, writer,
 * service) is built as {@link ProgressConfig} builds the context's, on the context's
 * database; HeartbeatApiTests drives the context's own writer.
 */
@ProgressModuleTest
class HeartbeatStorageTests {

	private static final AtomicLong IDS = new AtomicLong(70_000);

	@Autowired
	DataSource dataSource;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	CurrentCaller caller;

	@Autowired
	Clock clock;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	EnrolmentDirectory enrolments;

	@Autowired
	EnrolmentLifecycle lifecycle;

	@Autowired
	CourseCatalog catalog;

	private ProgressStore store;

	private ProgressWriter writer;

	private HeartbeatService heartbeats;

	private EnrolmentRef enrolment;

	private long lectureId;

	@BeforeEach
	void aNodeWhoseWriterWaitsAnHour() {
		ProgressProperties properties = new ProgressProperties(Duration.ofHours(1), null, null, null);
		store = new ProgressStore(dataSource, transactions);
		writer = new ProgressWriter(store, enrolments, VietnamTime.ZONE, properties.flushInterval(),
				properties.ackTimeout(), true);
		writer.start();
		heartbeats = new HeartbeatService(enrolments, lifecycle, catalog, caller, writer, store, clock, properties);
	}

	@AfterEach
	void stopTheNode() {
		writer.stop();
	}

	@BeforeEach
	void anEnrolmentInAOneLectureCourse() {
		long id = IDS.incrementAndGet();
		lectureId = id * 10;
		enrolment = new EnrolmentRef(id, id, 1, 1, id, 1, "/1/", null, EnrolmentStatus.IN_PROGRESS, null, null, null);
		given(enrolments.requireOwn(id)).willReturn(enrolment);
		given(catalog.version(id)).willReturn(Optional.of(new CourseVersionView(1, id, 1, "CDS", "Chuyển đổi số", 90,
				30, List.of(new LectureView(lectureId, 1, "Chính quyền số", "m", 600, List.of())))));
	}

	@Test
	void aHeartbeatIsAnsweredOnlyOnceTheBatchHoldingItIsStored() throws Exception {
		CompletableFuture<LectureSnapshot> answer = CompletableFuture.supplyAsync(() -> beat(0, 15));

		awaitPending();
		Thread.sleep(300);
		assertThat(answer).isNotDone();
		assertThat(storedIntervals()).isEmpty();

		writer.flush();

		assertThat(answer.get(5, TimeUnit.SECONDS).watchedSeconds()).isEqualTo(15.0);
		assertThat(storedIntervals()).contains("0-15000");
	}

	@Test
	void theAnswerIsWhatTheDatabaseHoldsAfterwards() throws Exception {
		CompletableFuture<LectureSnapshot> answer = CompletableFuture.supplyAsync(() -> beat(0, 15));
		awaitPending();
		writer.flush();
		LectureSnapshot answered = answer.get(5, TimeUnit.SECONDS);

		LectureState stored = store.lecturesOf(enrolment.enrolmentId()).getFirst();
		assertThat(stored.watched.watchedMillis()).isEqualTo(15_000);
		assertThat(stored.positionSecond).isEqualTo(answered.positionSecond()).isEqualTo(15.0);
		assertThat(store.studyDaysOf(enrolment.enrolmentId()).values()).containsExactly(15_000L);
	}

	@Test
	void stoppingTheWriterStoresWhatIsPending() throws Exception {
		CompletableFuture<LectureSnapshot> answer = CompletableFuture.supplyAsync(() -> beat(0, 10));
		awaitPending();

		writer.stop();
		writer.start();

		assertThat(storedIntervals()).contains("0-10000");
		assertThat(answer.get(5, TimeUnit.SECONDS).watchedSeconds()).isEqualTo(10.0);
	}

	@Test
	void aWithdrawnEnrolmentEarnsNothingFromTheNextHeartbeatOn() throws Exception {
		CompletableFuture<LectureSnapshot> before = CompletableFuture.supplyAsync(() -> beat(0, 15));
		awaitPending();
		writer.flush();
		before.get(5, TimeUnit.SECONDS);
		// Withdrawn in the database (e.g. through another node): this node's ownership
		// cache still says IN_PROGRESS.
		given(enrolments.withdrawnAmong(any())).willReturn(Set.of(enrolment.enrolmentId()));

		CompletableFuture<LectureSnapshot> after = CompletableFuture.supplyAsync(() -> beat(15, 30));
		awaitPending();
		writer.flush();

		assertThatThrownBy(() -> after.get(5, TimeUnit.SECONDS)).hasCauseInstanceOf(ProblemException.class)
			.cause()
			.hasMessage("progress.enrolment-withdrawn")
			.extracting(cause -> ((ProblemException) cause).status().value())
			.isEqualTo(409);
		assertThat(storedIntervals()).containsExactly("0-15000");
		assertThat(store.studyDaysOf(enrolment.enrolmentId()).values()).containsExactly(15_000L);
	}

	private List<String> storedIntervals() {
		return jdbc.queryForList("SELECT watched_intervals FROM lecture_progress WHERE enrolment_id = ?", String.class,
				enrolment.enrolmentId());
	}

	private LectureSnapshot beat(double from, double to) {
		AsCaller.signIn("learner" + enrolment.learnerId(), "NA-DIENCHAU-DIENKY", "LEARNER");
		try {
			return heartbeats.heartbeat(enrolment.enrolmentId(), lectureId,
					new Heartbeat("tab", List.of(new Heartbeat.Segment(from, to)), to, 1.0));
		}
		finally {
			AsCaller.signOut();
		}
	}

	private void awaitPending() {
		await(() -> writer.pending() > 0);
	}

	private static void await(java.util.function.BooleanSupplier condition) {
		long until = System.nanoTime() + Duration.ofSeconds(5).toNanos();
		while (!condition.getAsBoolean() && System.nanoTime() < until) {
			Thread.onSpinWait();
		}
	}

}
