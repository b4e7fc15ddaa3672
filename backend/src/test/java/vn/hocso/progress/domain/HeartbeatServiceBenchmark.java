package vn.hocso.progress.domain;

import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.BDDMockito.given;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
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
 * The progress module alone, without HTTP, JSON or token checks: heartbeats per second
 * through {@link HeartbeatService} (rules, group commit merging into the database). Its
 * players send back to back, faster than wall time, so after each learner's allowance
 * most heartbeats are credited nothing: the write path (lock, read, merge, write) is what
 * it measures. Not part of the build:
 * {@code ./mvnw -pl backend test -Dtest=HeartbeatServiceBenchmark -Dsurefire.failIfNoSpecifiedTests=false}
 * (add {@code -Dhocso.test.profiles=test,postgres} and {@code HOCSO_DB_URL} for
 * PostgreSQL).
 */
@Tag("benchmark")
@SpringBootTest(properties = "hocso.progress.background-writer=true") // the writer thread
																		// is what these
																		// test
class HeartbeatServiceBenchmark {

	private static final int ENROLMENTS = 2_000;

	private static final int THREADS = Integer.getInteger("benchmark.concurrency", 500);

	private static final int SECONDS = Integer.getInteger("benchmark.seconds", 20);

	@Autowired
	HeartbeatService heartbeats;

	@MockitoBean
	EnrolmentDirectory enrolments;

	@MockitoBean
	EnrolmentLifecycle lifecycle;

	@MockitoBean
	CourseCatalog catalog;

	@Test
	void heartbeatsPerSecondInProcess() throws Exception {
		given(enrolments.requireOwn(anyLong())).willAnswer(call -> new EnrolmentRef(call.getArgument(0),
				call.<Long>getArgument(0), 1, 1, 1L, 1, "/1/", null, EnrolmentStatus.IN_PROGRESS, null, null, null));
		List<LectureView> lectures = new ArrayList<>();
		for (int l = 1; l <= 10; l++) {
			lectures.add(new LectureView(l, l, "Bài " + l, "m" + l, 1_800, List.of()));
		}
		given(catalog.version(1))
			.willReturn(Optional.of(new CourseVersionView(1, 1, 1, "B", "Bench", 90, 30, lectures)));
		AtomicLong done = new AtomicLong();
		long end = System.nanoTime() + SECONDS * 1_000_000_000L;
		List<Thread> threads = new ArrayList<>();
		for (int t = 0; t < THREADS; t++) {
			int thread = t;
			threads.add(Thread.ofVirtual().start(() -> {
				AsCaller.signIn("bench", "NA", "LEARNER");
				String session = UUID.randomUUID().toString();
				long enrolment = 1 + thread % ENROLMENTS;
				double position = 0;
				int lecture = 1 + thread % 10;
				while (System.nanoTime() < end) {
					heartbeats.heartbeat(enrolment, lecture, new Heartbeat(session,
							List.of(new Heartbeat.Segment(position, position + 15)), position + 15, 1.0));
					position = position + 15 >= 1_785 ? 0 : position + 15;
					done.incrementAndGet();
				}
			}));
		}
		for (Thread thread : threads) {
			thread.join();
		}
		System.out.printf("%n=== BENCHMARK in-process heartbeats: %,d in %d s = %,.0f/s (%d threads) ===%n", done.get(),
				SECONDS, done.get() / (double) SECONDS, THREADS);
	}

}
