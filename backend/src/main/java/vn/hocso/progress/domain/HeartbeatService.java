package vn.hocso.progress.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.http.HttpStatus;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Service;

import vn.hocso.calendar.WorkingDayCalendar;
import vn.hocso.course.CourseCatalog;
import vn.hocso.course.CourseCatalog.CourseVersionView;
import vn.hocso.course.CourseCatalog.LectureView;
import vn.hocso.enrolment.EnrolmentDirectory;
import vn.hocso.enrolment.EnrolmentLifecycle;
import vn.hocso.enrolment.EnrolmentRef;
import vn.hocso.enrolment.EnrolmentStatus;
import vn.hocso.identity.CurrentCaller;
import vn.hocso.platform.ProblemException;

/**
 * A learner's heartbeats and progress. The hot path touches memory only: ownership and course
 * versions are cached briefly, the enrolment's progress lives in {@link ProgressCache}, and the
 * answer waits for the {@link ProgressWriter}'s next batch, which stores it.
 */
@Service
public class HeartbeatService {

	/** How long a learner's ownership of an enrolment is trusted before asking the enrolment module again. */
	private static final long OWNERSHIP_TTL_MILLIS = 60_000;

	private final EnrolmentDirectory enrolments;

	private final EnrolmentLifecycle lifecycle;

	private final CourseCatalog catalog;

	private final CurrentCaller caller;

	private final ProgressCache cache;

	private final ProgressWriter writer;

	private final StudyClocks clocks;

	private final Clock clock;

	private final Map<String, Owned> owned = new ConcurrentHashMap<>();

	private final Map<Long, CourseVersionView> versions = new ConcurrentHashMap<>();

	/** The catalog is resolved on first use: the course module may be absent from a slice. */
	HeartbeatService(EnrolmentDirectory enrolments, EnrolmentLifecycle lifecycle, @Lazy CourseCatalog catalog,
			CurrentCaller caller, ProgressCache cache, ProgressWriter writer, StudyClocks clocks, Clock clock) {
		this.enrolments = enrolments;
		this.lifecycle = lifecycle;
		this.catalog = catalog;
		this.caller = caller;
		this.cache = cache;
		this.writer = writer;
		this.clocks = clocks;
		this.clock = clock;
	}

	/** Credits one heartbeat and answers once it is stored. */
	public LectureSnapshot heartbeat(long enrolmentId, long lectureId, Heartbeat heartbeat) {
		EnrolmentRef enrolment = own(enrolmentId);
		if (enrolment.status() == EnrolmentStatus.WITHDRAWN) {
			throw ProblemException.conflict("progress.enrolment-withdrawn", enrolmentId);
		}
		CourseVersionView version = version(enrolment);
		LectureView lecture = version.lectures()
			.stream()
			.filter(candidate -> candidate.lectureId() == lectureId)
			.findFirst()
			.orElseThrow(() -> ProblemException.notFound("progress.lecture-not-found", lectureId));
		Instant now = clock.instant();
		StudyClocks.Session session = clocks.session(enrolment.learnerId(), heartbeat.sessionId() == null ? ""
				: heartbeat.sessionId());
		StudyClocks.Learner learner = clocks.learner(enrolment.learnerId());
		LectureSnapshot snapshot;
		CompletableFuture<Void> stored;
		while (true) {
			EnrolmentProgress progress = cache.get(enrolment);
			LectureSnapshot applied = progress.apply(lecture, version.lectureCompletionPercent(), heartbeat, now,
					session, learner, WorkingDayCalendar.VIETNAM);
			if (applied == null) {
				// Evicted between lookup and apply: apply to a fresh copy loaded from the database.
				cache.forget(progress);
				continue;
			}
			snapshot = applied;
			stored = writer.enqueue(progress);
			if (progress.claimStart()) {
				try {
					lifecycle.markStarted(enrolmentId, now);
				}
				catch (RuntimeException ex) {
					progress.unclaimStart();
					throw ex;
				}
			}
			break;
		}
		writer.awaitStored(stored);
		return snapshot;
	}

	/** The enrolment's progress through every lecture of its course version, for the player. */
	public EnrolmentProgressView progress(long enrolmentId) {
		EnrolmentRef enrolment = own(enrolmentId);
		CourseVersionView version = version(enrolment);
		EnrolmentProgress progress = cache.get(enrolment);
		List<LectureSnapshot> lectures = version.lectures()
			.stream()
			.map(lecture -> progress.snapshot(lecture, version.lectureCompletionPercent()))
			.toList();
		int completed = (int) lectures.stream().filter(LectureSnapshot::completed).count();
		LocalDate today = LocalDate.ofInstant(clock.instant(), WorkingDayCalendar.VIETNAM);
		return new EnrolmentProgressView(enrolmentId, enrolment.courseId(), version.courseVersionId(), completed,
				lectures.size(), progress.studyMillisOn(today) / 60_000, progress.studyMillisTotal() / 60_000, lectures);
	}

	private EnrolmentRef own(long enrolmentId) {
		String key = caller.get().username() + "\u0000" + enrolmentId;
		long now = System.currentTimeMillis();
		Owned cached = owned.get(key);
		if (cached != null && now - cached.checkedAt() < OWNERSHIP_TTL_MILLIS) {
			return cached.enrolment();
		}
		if (owned.size() > 200_000) {
			owned.values().removeIf(entry -> now - entry.checkedAt() >= OWNERSHIP_TTL_MILLIS);
		}
		// One lookup per key when it is due: a learner's tabs (or a benchmark's players) that arrive
		// together wait for it instead of each asking the database (a 404 is not remembered).
		return owned.compute(key, (k, current) -> current != null && now - current.checkedAt() < OWNERSHIP_TTL_MILLIS
				? current : new Owned(enrolments.requireOwn(enrolmentId), System.currentTimeMillis()))
			.enrolment();
	}

	CourseVersionView version(EnrolmentRef enrolment) {
		Long versionId = enrolment.courseVersionId();
		if (versionId == null) {
			throw new ProblemException(HttpStatus.UNPROCESSABLE_CONTENT, "progress.no-course-version",
					enrolment.enrolmentId());
		}
		CourseVersionView cached = versions.get(versionId);
		if (cached != null) {
			return cached;
		}
		CourseVersionView version = catalog.version(versionId)
			.orElseThrow(() -> ProblemException.notFound("progress.course-version-not-found", versionId));
		versions.put(versionId, version);
		return version;
	}


	private record Owned(EnrolmentRef enrolment, long checkedAt) {
	}

	/** An enrolment's progress, as the player shows it. */
	public record EnrolmentProgressView(long enrolmentId, long courseId, long courseVersionId, int lecturesCompleted,
			int lecturesTotal, long minutesToday, long minutesTotal, List<LectureSnapshot> lectures) {
	}

}
