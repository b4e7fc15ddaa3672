package vn.hocso.progress.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import vn.hocso.course.CourseCatalog;
import vn.hocso.course.CourseCatalog.CourseVersionView;
import vn.hocso.course.CourseCatalog.LectureView;
import vn.hocso.enrolment.EnrolmentDirectory;
import vn.hocso.enrolment.EnrolmentLifecycle;
import vn.hocso.enrolment.EnrolmentRef;
import vn.hocso.enrolment.EnrolmentStatus;
import vn.hocso.testing.AsCaller;

/**
 * Group commit and durability: the writer never flushes by itself here (an hour's interval), so the
 * tests decide when a batch is stored.
 */
@SpringBootTest(properties = "hocso.progress.flush-interval=1h")
class HeartbeatStorageTests {

	private static final AtomicLong IDS = new AtomicLong(70_000);

	@Autowired
	HeartbeatService heartbeats;

	@Autowired
	ProgressWriter writer;

	@Autowired
	ProgressStore store;

	@Autowired
	ProgressCache cache;

	@Autowired
	StudyClocks clocks;

	@Autowired
	JdbcTemplate jdbc;

	@MockitoBean
	EnrolmentDirectory enrolments;

	@MockitoBean
	EnrolmentLifecycle lifecycle;

	@MockitoBean
	CourseCatalog catalog;

	private EnrolmentRef enrolment;

	private long lectureId;

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

		Thread.sleep(500);
		assertThat(answer).isNotDone();
		assertThat(storedIntervals()).isEmpty();

		writer.flush();

		assertThat(answer.get(5, TimeUnit.SECONDS).watchedSeconds()).isEqualTo(15.0);
		assertThat(storedIntervals()).contains("0-15000");
	}

	@Test
	void acknowledgedProgressSurvivesARestartOfTheWriterAndCache() throws Exception {
		CompletableFuture<LectureSnapshot> answer = CompletableFuture.supplyAsync(() -> beat(0, 15));
		Thread.sleep(200);
		writer.flush();
		answer.get(5, TimeUnit.SECONDS);

		ProgressCache afterRestart = new ProgressCache(store, 10);
		EnrolmentProgress reloaded = afterRestart.get(enrolment);

		LectureView lecture = catalog.version(enrolment.courseVersionId()).orElseThrow().lectures().getFirst();
		assertThat(reloaded.snapshot(lecture, 90).watchedSeconds()).isEqualTo(15.0);
		assertThat(reloaded.snapshot(lecture, 90).positionSecond()).isEqualTo(15.0);
		assertThat(reloaded.studyMillisTotal()).isEqualTo(15_000);
	}

	@Test
	void stoppingTheWriterStoresWhatIsPending() throws Exception {
		CompletableFuture<LectureSnapshot> answer = CompletableFuture.supplyAsync(() -> beat(0, 10));
		await(() -> cache.get(enrolment).studyMillisTotal() > 0);
		Thread.sleep(100);

		writer.stop();
		writer.start();

		assertThat(storedIntervals()).contains("0-10000");
		assertThat(answer.get(5, TimeUnit.SECONDS).watchedSeconds()).isEqualTo(10.0);
	}

	@Test
	void anIdleStoredEnrolmentIsEvictedAndReloadedIntact() throws Exception {
		CompletableFuture<LectureSnapshot> answer = CompletableFuture.supplyAsync(() -> beat(0, 15));
		Thread.sleep(200);
		writer.flush();
		answer.get(5, TimeUnit.SECONDS);
		EnrolmentProgress cached = cache.get(enrolment);

		assertThat(cached.evictIfIdle(0)).isTrue();
		cache.forget(cached);

		assertThat(cache.get(enrolment)).isNotSameAs(cached);
		assertThat(cache.get(enrolment).studyMillisTotal()).isEqualTo(15_000);
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

	private static void await(java.util.function.BooleanSupplier condition) {
		long until = System.nanoTime() + Duration.ofSeconds(5).toNanos();
		while (!condition.getAsBoolean() && System.nanoTime() < until) {
			Thread.onSpinWait();
		}
	}

}
