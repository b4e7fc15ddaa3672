package vn.hocso.progress.domain;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import vn.hocso.course.CourseCatalog.LectureView;

/**
 * One lecture of one enrolment as stored: what was watched, where to resume (the position
 * of the latest heartbeat, by the time it was received, so that merges in any order
 * agree), and when it was completed.
 */
final class LectureState {

	final long lectureId;

	final WatchedIntervals watched;

	double positionSecond;

	/** When the heartbeat that reported {@link #positionSecond} was received. */
	Instant positionAt;

	@Nullable Instant completedAt;

	LectureState(long lectureId, WatchedIntervals watched, double positionSecond, Instant positionAt,
			@Nullable Instant completedAt) {
		this.lectureId = lectureId;
		this.watched = watched;
		this.positionSecond = positionSecond;
		this.positionAt = positionAt;
		this.completedAt = completedAt;
	}

	static LectureState unwatched(long lectureId) {
		return new LectureState(lectureId, WatchedIntervals.empty(), 0, Instant.EPOCH, null);
	}

	/**
	 * The latest report wins, whatever order reports are merged in; a tie keeps the
	 * further position.
	 */
	void moveTo(double positionSecond, Instant at) {
		if (at.isAfter(positionAt) || (at.equals(positionAt) && positionSecond > this.positionSecond)) {
			this.positionSecond = positionSecond;
			this.positionAt = at;
		}
	}

	/**
	 * Completes once the watched share reaches the threshold; a completed lecture stays
	 * completed.
	 */
	void completeIfReached(long durationMillis, int thresholdPercent, Instant now) {
		if (completedAt == null && reached(watched.watchedMillis(), durationMillis, thresholdPercent)) {
			completedAt = now;
		}
	}

	/**
	 * The lecture-completion rule, stated once: the watched share reaches the course's
	 * threshold.
	 */
	static boolean reached(long watchedMillis, long durationMillis, int thresholdPercent) {
		return watchedMillis * 100 >= durationMillis * thresholdPercent;
	}

	/** What is still to be watched before {@link #reached} holds; 0 once it does. */
	static long remainingMillis(long watchedMillis, long durationMillis, int thresholdPercent) {
		return Math.max(0, Math.ceilDiv(durationMillis * thresholdPercent, 100) - watchedMillis);
	}

	/**
	 * The lecture's progress as the API shows it; a lecture never played shows nothing
	 * watched.
	 */
	static LectureSnapshot snapshot(@Nullable LectureState state, LectureView lecture, int thresholdPercent) {
		long durationMillis = lecture.durationSeconds() * 1000L;
		long watched = state == null ? 0 : state.watched.watchedMillis();
		boolean completed = (state != null && state.completedAt != null)
				|| reached(watched, durationMillis, thresholdPercent);
		int percent = durationMillis == 0 ? 100 : (int) Math.min(100, watched * 100 / durationMillis);
		return new LectureSnapshot(lecture.lectureId(), Math.floorDiv(watched, 100) / 10.0, lecture.durationSeconds(),
				percent, completed, state == null ? 0 : state.positionSecond);
	}

}
