package vn.hocso.progress.domain;

import java.time.Instant;
import java.util.concurrent.CompletableFuture;

import vn.hocso.course.CourseCatalog.LectureView;

/**
 * A validated heartbeat waiting for the writer's next batch; {@link #answer} completes
 * with the lecture's merged progress once the batch holding it is stored (or with the
 * reason it was not).
 *
 * @param receivedAt when this node received it: the time the learner's attention is
 * charged at
 */
record PendingHeartbeat(long enrolmentId, long learnerId, LectureView lecture, int thresholdPercent,
		Heartbeat heartbeat, Instant receivedAt, CompletableFuture<LectureSnapshot> answer) {

	PendingHeartbeat(long enrolmentId, long learnerId, LectureView lecture, int thresholdPercent, Heartbeat heartbeat,
			Instant receivedAt) {
		this(enrolmentId, learnerId, lecture, thresholdPercent, heartbeat, receivedAt, new CompletableFuture<>());
	}

	LectureKey key() {
		return new LectureKey(enrolmentId, lecture.lectureId());
	}

	record LectureKey(long enrolmentId, long lectureId) {
	}

}
