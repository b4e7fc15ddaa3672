package vn.hocso.progress.domain;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import vn.hocso.progress.domain.Heartbeat.Segment;
import vn.hocso.progress.domain.PendingHeartbeat.LectureKey;

/**
 * Heartbeats applied to the progress they touch, as stored and read under their learners'
 * locks: each heartbeat spends its learner's {@link Attention}; the part of its video
 * that attention pays for joins the lecture's union of watched intervals; the position
 * follows the latest report; study time accrues as deltas per enrolment and Vietnam day.
 * Pure: {@link ProgressStore} reads the inputs and writes the outputs in one transaction,
 * so whichever node merges, in whichever order, the stored union and sums are the same as
 * one node's.
 */
final class ProgressMerge {

	private final Map<Long, Attention> attention;

	private final Map<LectureKey, LectureState> lectures;

	private final ZoneId zone;

	private final Map<LectureKey, Long> changedLectures = new LinkedHashMap<>();

	private final Map<Long, Long> spentLearners = new LinkedHashMap<>();

	private final Map<StudyKey, Long> studyDeltas = new LinkedHashMap<>();

	/**
	 * @param attention each learner's attention as stored (a learner missing is fresh)
	 * @param lectures the stored rows of the enrolments concerned (a lecture missing is
	 * unwatched)
	 */
	ProgressMerge(Map<Long, Attention> attention, Map<LectureKey, LectureState> lectures, ZoneId zone) {
		this.attention = new HashMap<>(attention);
		this.lectures = new HashMap<>(lectures);
		this.zone = zone;
	}

	/** Credits one (validated) heartbeat; answers the lecture's progress after it. */
	LectureSnapshot apply(PendingHeartbeat beat) {
		long durationMillis = beat.lecture().durationSeconds() * 1000L;
		List<long[]> played = new ArrayList<>(beat.heartbeat().segments().size());
		long playedMillis = 0;
		for (Segment segment : beat.heartbeat().segments()) {
			long from = Math.min(segment.fromMillis(), durationMillis);
			long to = Math.min(segment.toMillis(), durationMillis);
			played.add(new long[] { from, to });
			playedMillis += to - from;
		}
		Attention.Grant grant = attention.getOrDefault(beat.learnerId(), Attention.fresh())
			.spend(beat.receivedAt(), playedMillis, beat.heartbeat().playbackRate());
		attention.put(beat.learnerId(), grant.after());
		spentLearners.put(beat.learnerId(), grant.after().attendedUntilMillis());

		LectureState state = lectures.computeIfAbsent(beat.key(), key -> LectureState.unwatched(key.lectureId()));
		long paid = grant.mediaMillis();
		for (long[] segment : played) {
			long take = Math.min(segment[1] - segment[0], paid);
			if (take <= 0) {
				break;
			}
			state.watched.add(segment[0], segment[0] + take, Long.MAX_VALUE);
			paid -= take;
		}
		state.moveTo(Math.min(beat.heartbeat().positionSecond(), beat.lecture().durationSeconds()), beat.receivedAt());
		state.completeIfReached(durationMillis, beat.thresholdPercent(), beat.receivedAt());
		changedLectures.put(beat.key(), beat.learnerId());
		StudyTime.byDay(grant.wallMillis(), beat.receivedAt(), zone)
			.forEach((day, millis) -> studyDeltas.merge(new StudyKey(beat.enrolmentId(), day, beat.learnerId()), millis,
					Long::sum));
		return LectureState.snapshot(state, beat.lecture(), beat.thresholdPercent());
	}

	/** The lecture rows changed, whole (merged with what was stored). */
	List<ProgressStore.LectureRow> lectureRows() {
		List<ProgressStore.LectureRow> rows = new ArrayList<>(changedLectures.size());
		changedLectures.forEach((key, learnerId) -> {
			LectureState state = Objects.requireNonNull(lectures.get(key), "a changed lecture is held");
			rows.add(new ProgressStore.LectureRow(key.enrolmentId(), key.lectureId(), learnerId, state.watched.encode(),
					state.watched.watchedMillis(), state.positionSecond, state.completedAt, state.positionAt));
		});
		return rows;
	}

	/** Study time to add, per enrolment and day. */
	List<ProgressStore.StudyDayRow> studyDeltas() {
		List<ProgressStore.StudyDayRow> rows = new ArrayList<>(studyDeltas.size());
		studyDeltas.forEach((key, millis) -> {
			if (millis > 0) {
				rows.add(new ProgressStore.StudyDayRow(key.enrolmentId(), key.day(), key.learnerId(), millis));
			}
		});
		return rows;
	}

	/**
	 * The attention of every learner a heartbeat spent, by learner id (epoch
	 * milliseconds).
	 */
	Map<Long, Long> attentionAfter() {
		return spentLearners;
	}

	private record StudyKey(long enrolmentId, LocalDate day, long learnerId) {
	}

}
