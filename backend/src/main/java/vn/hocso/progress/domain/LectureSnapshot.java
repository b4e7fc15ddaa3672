package vn.hocso.progress.domain;

/**
 * One lecture's progress as the API shows it.
 *
 * @param positionSecond where the player should resume, on any device
 */
public record LectureSnapshot(long lectureId, double watchedSeconds, int durationSeconds, int percent,
		boolean completed, double positionSecond) {
}
