package vn.hocso.progress.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import vn.hocso.course.CourseCatalog.LectureView;
import vn.hocso.progress.domain.Heartbeat.Segment;

/**
 * The hot, in-memory progress of one enrolment: its lectures' watched intervals and its study time
 * per day. Heartbeats change it under its lock; the rows they changed stay dirty until the
 * {@link ProgressWriter} has stored them, and a dirty enrolment is never evicted.
 */
final class EnrolmentProgress {

	final long enrolmentId;

	final long learnerId;

	private final Map<Long, LectureState> lectures = new HashMap<>();

	private final Map<LocalDate, Long> studyMillis = new HashMap<>();

	private final Set<Long> dirtyLectures = new LinkedHashSet<>();

	private final Set<LocalDate> dirtyDays = new LinkedHashSet<>();

	private boolean startMarked;

	private boolean evicted;

	private volatile long lastUsedNanos = System.nanoTime();

	EnrolmentProgress(long enrolmentId, long learnerId, List<LectureState> stored, Map<LocalDate, Long> storedDays,
			boolean started) {
		this.enrolmentId = enrolmentId;
		this.learnerId = learnerId;
		stored.forEach(lecture -> lectures.put(lecture.lectureId, lecture));
		studyMillis.putAll(storedDays);
		this.startMarked = started;
	}

	/**
	 * Credits one heartbeat; refuses it (throwing, changing nothing) when it claims the impossible.
	 * Null, changing nothing, when this copy was evicted: the caller applies it to a fresh one.
	 */
	synchronized @Nullable LectureSnapshot apply(LectureView lecture, int thresholdPercent, Heartbeat heartbeat, Instant now,
			StudyClocks.Session session, StudyClocks.Learner learner, ZoneId zone) {
		if (evicted) {
			return null;
		}
		long durationMillis = lecture.durationSeconds() * 1000L;
		Duration sinceSessionsPrevious = session.since(now);
		HeartbeatRules.validate(heartbeat, durationMillis, sinceSessionsPrevious);
		LectureState state = lectures.computeIfAbsent(lecture.lectureId(), LectureState::unwatched);
		long budget = HeartbeatRules.creditBudgetMillis(sinceSessionsPrevious);
		long credited = 0;
		long played = 0;
		for (Segment segment : heartbeat.segments()) {
			long from = Math.min(segment.fromMillis(), durationMillis);
			long to = Math.min(segment.toMillis(), durationMillis);
			played += to - from;
			credited += state.watched.add(from, to, budget - credited);
		}
		long study = learner.credit(played, now);
		StudyTime.byDay(study, now, zone).forEach((day, millis) -> {
			studyMillis.merge(day, millis, Long::sum);
			dirtyDays.add(day);
		});
		state.positionSecond = Math.min(heartbeat.positionSecond(), lecture.durationSeconds());
		state.completeIfReached(durationMillis, thresholdPercent, now);
		session.accept(now);
		dirtyLectures.add(lecture.lectureId());
		lastUsedNanos = System.nanoTime();
		return snapshot(lecture, thresholdPercent);
	}

	synchronized LectureSnapshot snapshot(LectureView lecture, int thresholdPercent) {
		LectureState state = lectures.get(lecture.lectureId());
		long durationMillis = lecture.durationSeconds() * 1000L;
		long watched = state == null ? 0 : state.watched.watchedMillis();
		boolean completed = state != null && state.completedAt != null
				|| LectureState.reached(watched, durationMillis, thresholdPercent);
		int percent = durationMillis == 0 ? 100 : (int) Math.min(100, watched * 100 / durationMillis);
		return new LectureSnapshot(lecture.lectureId(), watched / 100 / 10.0, lecture.durationSeconds(), percent,
				completed, state == null ? 0 : state.positionSecond);
	}

	synchronized long studyMillisOn(LocalDate day) {
		return studyMillis.getOrDefault(day, 0L);
	}

	synchronized long studyMillisTotal() {
		return studyMillis.values().stream().mapToLong(Long::longValue).sum();
	}

	/** True the first time only: the caller then marks the enrolment started. */
	synchronized boolean claimStart() {
		if (startMarked) {
			return false;
		}
		startMarked = true;
		return true;
	}

	synchronized void unclaimStart() {
		startMarked = false;
	}

	/** The rows changed since the last drain, for the writer; they are no longer dirty. */
	synchronized Rows drain(Instant now) {
		List<ProgressStore.LectureRow> lectureRows = new ArrayList<>(dirtyLectures.size());
		for (Long lectureId : dirtyLectures) {
			LectureState state = lectures.get(lectureId);
			lectureRows.add(new ProgressStore.LectureRow(enrolmentId, lectureId, learnerId, state.watched.encode(),
					state.watched.watchedMillis(), state.positionSecond, state.completedAt, now));
		}
		List<ProgressStore.StudyDayRow> dayRows = new ArrayList<>(dirtyDays.size());
		for (LocalDate day : dirtyDays) {
			dayRows.add(new ProgressStore.StudyDayRow(enrolmentId, day, learnerId, studyMillis.get(day)));
		}
		dirtyLectures.clear();
		dirtyDays.clear();
		return new Rows(lectureRows, dayRows);
	}

	/** A failed write: its rows are dirty again, so the next flush retries them. */
	synchronized void redirty(Rows rows) {
		rows.lectures().forEach(row -> dirtyLectures.add(row.lectureId()));
		rows.days().forEach(row -> dirtyDays.add(row.day()));
	}

	/** Marks this copy evicted if nothing waits to be written and it was idle; callers then reload. */
	synchronized boolean evictIfIdle(long idleNanos) {
		if (dirtyLectures.isEmpty() && dirtyDays.isEmpty() && System.nanoTime() - lastUsedNanos > idleNanos) {
			evicted = true;
		}
		return evicted;
	}

	long lastUsedNanos() {
		return lastUsedNanos;
	}

	record Rows(List<ProgressStore.LectureRow> lectures, List<ProgressStore.StudyDayRow> days) {

		boolean isEmpty() {
			return lectures.isEmpty() && days.isEmpty();
		}

	}

	@Nullable LectureState lecture(long lectureId) {
		synchronized (this) {
			return lectures.get(lectureId);
		}
	}

}
