package vn.hocso.progress.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.context.annotation.Lazy;
import org.springframework.http.HttpStatus;
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
import vn.hocso.platform.VietnamTime;

/**
 * A learner's heartbeats and progress. Ownership and course versions are cached briefly
 * (neither changes under a learner); the progress itself is never cached: a heartbeat
 * joins the {@link ProgressWriter}'s next batch, which merges it into the database and
 * answers the merged truth, and a read reads the database. Any node may take any
 * heartbeat.
 */
@Service
public class HeartbeatService {

	private static final int STARTED_LIMIT = 200_000;

	private static final int OWNED_LIMIT = 200_000;

	private static final int VERSIONS_LIMIT = 10_000;

	private final EnrolmentDirectory enrolments;

	private final EnrolmentLifecycle lifecycle;

	private final CourseCatalog catalog;

	private final CurrentCaller caller;

	private final ProgressWriter writer;

	private final ProgressStore store;

	private final Clock clock;

	/**
	 * A learner's ownership of an enrolment, trusted for
	 * {@code hocso.progress.ownership-ttl} before the enrolment module is asked again (a
	 * 404 is not remembered).
	 */
	private final Cache<String, EnrolmentRef> owned;

	/** Course versions never change once published: kept until evicted by size. */
	private final Cache<Long, CourseVersionView> versions = Caffeine.newBuilder().maximumSize(VERSIONS_LIMIT).build();

	/**
	 * Enrolments this node has marked started (marking is idempotent; this only saves the
	 * call).
	 */
	private final Cache<Long, Boolean> started = Caffeine.newBuilder().maximumSize(STARTED_LIMIT).build();

	/**
	 * The catalog is resolved on first use: the course module may be absent from a slice.
	 */
	HeartbeatService(EnrolmentDirectory enrolments, EnrolmentLifecycle lifecycle, @Lazy CourseCatalog catalog,
			CurrentCaller caller, ProgressWriter writer, ProgressStore store, Clock clock,
			ProgressProperties properties) {
		this.enrolments = enrolments;
		this.lifecycle = lifecycle;
		this.catalog = catalog;
		this.caller = caller;
		this.writer = writer;
		this.store = store;
		this.clock = clock;
		this.owned = Caffeine.newBuilder().expireAfterWrite(properties.ownershipTtl()).maximumSize(OWNED_LIMIT).build();
	}

	/**
	 * Credits one heartbeat and answers the lecture's merged progress once it is stored.
	 */
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
		HeartbeatRules.validate(heartbeat, lecture.durationSeconds() * 1000L);
		Instant now = clock.instant();
		LectureSnapshot snapshot = writer.awaitStored(writer.enqueue(new PendingHeartbeat(enrolmentId,
				enrolment.learnerId(), lecture, version.lectureCompletionPercent(), heartbeat, now)));
		markStarted(enrolment, now);
		return snapshot;
	}

	private void markStarted(EnrolmentRef enrolment, Instant now) {
		if (enrolment.status() != EnrolmentStatus.NOT_STARTED) {
			return;
		}
		if (started.asMap().putIfAbsent(enrolment.enrolmentId(), Boolean.TRUE) == null) {
			try {
				lifecycle.markStarted(enrolment.enrolmentId(), now);
			}
			catch (org.springframework.dao.OptimisticLockingFailureException startedElsewhere) {
				// Two tabs or two nodes took the learner's first heartbeats at once: the
				// other one moved the
				// enrolment (marking it started is idempotent), so this heartbeat goes
				// on.
			}
			catch (RuntimeException ex) {
				started.invalidate(enrolment.enrolmentId());
				throw ex;
			}
		}
	}

	/**
	 * The enrolment's progress through every lecture of its course version, as stored,
	 * for the player.
	 */
	public EnrolmentProgressView progress(long enrolmentId) {
		EnrolmentRef enrolment = own(enrolmentId);
		CourseVersionView version = version(enrolment);
		Map<Long, LectureState> stored = store.lecturesOf(enrolmentId)
			.stream()
			.collect(Collectors.toMap(state -> state.lectureId, Function.identity()));
		List<LectureSnapshot> lectures = version.lectures()
			.stream()
			.map(lecture -> LectureState.snapshot(stored.get(lecture.lectureId()), lecture,
					version.lectureCompletionPercent()))
			.toList();
		int completed = (int) lectures.stream().filter(LectureSnapshot::completed).count();
		Map<LocalDate, Long> days = store.studyDaysOf(enrolmentId);
		LocalDate today = LocalDate.ofInstant(clock.instant(), VietnamTime.ZONE);
		long total = days.values().stream().mapToLong(Long::longValue).sum();
		return new EnrolmentProgressView(enrolmentId, enrolment.courseId(), version.courseVersionId(), completed,
				lectures.size(), days.getOrDefault(today, 0L) / 60_000, total / 60_000, lectures);
	}

	private EnrolmentRef own(long enrolmentId) {
		String key = caller.get().username() + "\u0000" + enrolmentId;
		// One lookup per key when it is due: a learner's tabs (or a benchmark's players)
		// that arrive
		// together wait for it instead of each asking the database.
		return owned.get(key, k -> enrolments.requireOwn(enrolmentId));
	}

	CourseVersionView version(EnrolmentRef enrolment) {
		Long versionId = enrolment.courseVersionId();
		if (versionId == null) {
			throw new ProblemException(HttpStatus.UNPROCESSABLE_CONTENT, "progress.no-course-version",
					enrolment.enrolmentId());
		}
		return versions.get(versionId, id -> catalog.version(id)
			.orElseThrow(() -> ProblemException.notFound("progress.course-version-not-found", id)));
	}

	/** An enrolment's progress, as the player shows it. */
	public record EnrolmentProgressView(long enrolmentId, long courseId, long courseVersionId, int lecturesCompleted,
			int lecturesTotal, long minutesToday, long minutesTotal, List<LectureSnapshot> lectures) {
	}

}
