package vn.hocso.progress.domain;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** One lecture of one enrolment: what was watched, where to resume, and when it was completed. */
final class LectureState {

	final long lectureId;

	final WatchedIntervals watched;

	double positionSecond;

	@Nullable Instant completedAt;

	LectureState(long lectureId, WatchedIntervals watched, double positionSecond, @Nullable Instant completedAt) {
		this.lectureId = lectureId;
		this.watched = watched;
		this.positionSecond = positionSecond;
		this.completedAt = completedAt;
	}

	static LectureState unwatched(long lectureId) {
		return new LectureState(lectureId, WatchedIntervals.empty(), 0, null);
	}

	/** Completes once the watched share reaches the threshold; a completed lecture stays completed. */
	void completeIfReached(long durationMillis, int thresholdPercent, Instant now) {
		if (completedAt == null && reached(watched.watchedMillis(), durationMillis, thresholdPercent)) {
			completedAt = now;
		}
	}

	static boolean reached(long watchedMillis, long durationMillis, int thresholdPercent) {
		return watchedMillis * 100 >= durationMillis * thresholdPercent;
	}

}
