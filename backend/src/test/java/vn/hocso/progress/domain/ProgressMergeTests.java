package vn.hocso.progress.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.hocso.calendar.WorkingDayCalendar;
import vn.hocso.course.CourseCatalog.LectureView;
import vn.hocso.platform.ProblemException;
import vn.hocso.platform.VietnamTime;
import vn.hocso.progress.domain.Heartbeat.Segment;

/**
 * The heartbeat rules on one learner's stored progress, with a hand-driven clock:
 * validation, then the merge with the learner's attention. (Was EnrolmentProgressTests,
 * on the node-local copy.)
 */
class ProgressMergeTests {

	private static final LectureView LECTURE = new LectureView(11, 1, "Chính quyền số", "media", 1_800, List.of());

	private static final LectureView SHORT = new LectureView(12, 2, "Xã hội số", "media", 100, List.of());

	private final ProgressMerge merge = new ProgressMerge(Map.of(), Map.of(), VietnamTime.ZONE);

	private Instant now = vietnam("2026-11-23T09:00:00");

	@Test
	void aPlayerWatchingNormallyIsCreditedWhatItPlayed() {
		LectureSnapshot first = beat("tab", LECTURE, 15, segment(0, 15));
		LectureSnapshot second = beat("tab", LECTURE, 15, segment(15, 30));

		assertThat(first.watchedSeconds()).isEqualTo(15.0);
		assertThat(second.watchedSeconds()).isEqualTo(30.0);
		assertThat(second.positionSecond()).isEqualTo(30.0);
		assertThat(studyMillisOn("2026-11-23")).isEqualTo(30_000);
	}

	@Test
	void seekingAheadCountsOnlyWhatWasPlayedAfterTheSeek() {
		beat("tab", LECTURE, 10, segment(0, 10));

		LectureSnapshot afterSeek = beat("tab", LECTURE, 15, segment(1_200, 1_215));

		assertThat(afterSeek.watchedSeconds()).isEqualTo(25.0);
		assertThat(afterSeek.positionSecond()).isEqualTo(1_215.0);
	}

	/**
	 * Changed rule: the cap is the learner's wall time (2× for video) plus a 20-s
	 * allowance, not per session.
	 */
	@Test
	void playingAtFourTimesSpeedIsCreditedAtTwice() {
		LectureSnapshot last = null;
		for (int beat = 0; beat < 10; beat++) {
			last = beatAt(4.0, "tab", LECTURE, beat == 0 ? 0 : 15, segment(beat * 60, beat * 60 + 60));
		}

		// 2 × (135 s of wall time + the 30-s allowance)
		assertThat(last.watchedSeconds()).isEqualTo(330.0);
		assertThat(studyMillisOn("2026-11-23")).isEqualTo(165_000);
	}

	/**
	 * Changed rule: a learner's first heartbeat (not each session's) is credited at most
	 * 30 s at 1×.
	 */
	@Test
	void aLearnersFirstHeartbeatIsCreditedAtMostTheAllowance() {
		LectureSnapshot burst = beat("tab", LECTURE, 0, segment(0, 200));

		assertThat(burst.watchedSeconds()).isEqualTo(30.0);
	}

	@Test
	void rotatingTheSessionIdOnEveryHeartbeatEarnsNothingMore() {
		LectureView twoMinutes = new LectureView(13, 3, "An toàn thông tin", "media", 120, List.of());

		beatAt(2.0, "s1", twoMinutes, 0, segment(0, 40));
		beatAt(2.0, "s2", twoMinutes, 0.4, segment(40, 80));
		LectureSnapshot third = beatAt(2.0, "s3", twoMinutes, 0.4, segment(80, 120));

		assertThat(third.watchedSeconds()).isLessThanOrEqualTo(2 * (30 + 0.8));
		assertThat(third.completed()).isFalse();
	}

	@Test
	void twoTabsPlayingAtOnceCountTheLearnersStudyTimeOnce() {
		beat("left", LECTURE, 0, segment(0, 15));
		beat("right", SHORT, 5, segment(0, 5));
		for (int round = 0; round < 8; round++) {
			double leftFrom = 15 + round * 15;
			beat("left", LECTURE, 10, segment(leftFrom, leftFrom + 15));
			double rightFrom = 5 + round * 5;
			beat("right", SHORT, 5, segment(rightFrom, rightFrom + 15));
		}

		long wallClockMillis = (5 + 8 * 15) * 1000L;
		assertThat(studyMillisOn("2026-11-23")).isLessThanOrEqualTo(wallClockMillis + Attention.ALLOWANCE_MILLIS);
		double watched = merge.lectureRows().stream().mapToLong(ProgressStore.LectureRow::watchedMillis).sum() / 1000.0;
		assertThat(watched).isLessThanOrEqualTo((wallClockMillis + Attention.ALLOWANCE_MILLIS) / 1000.0);
	}

	@Test
	void studyAcrossMidnightIsSplitBetweenTheTwoVietnamDays() {
		now = vietnam("2026-11-23T23:59:50");
		beat("tab", LECTURE, 0, segment(0, 15));

		beat("tab", LECTURE, 15, segment(15, 30));

		assertThat(studyMillisOn("2026-11-23")).isEqualTo(15_000 + 10_000);
		assertThat(studyMillisOn("2026-11-24")).isEqualTo(5_000);
	}

	@Test
	void aLectureCompletesAtNinetyPercentOfItsDuration() {
		for (int from = 0; from < 75; from += 15) {
			beat("tab", SHORT, 15, segment(from, from + 15));
		}
		LectureSnapshot almost = beat("tab", SHORT, 15, segment(75, 89));

		LectureSnapshot reached = beat("tab", SHORT, 15, segment(89, 90));

		assertThat(almost.completed()).isFalse();
		assertThat(almost.percent()).isEqualTo(89);
		assertThat(reached.completed()).isTrue();
	}

	@Test
	void segmentsPastTheEndAreClippedToTheDuration() {
		for (int from = 0; from < 90; from += 15) {
			beat("tab", SHORT, 15, segment(from, from + 15));
		}

		LectureSnapshot last = beat("tab", SHORT, 15, segment(90, 101));

		assertThat(last.watchedSeconds()).isEqualTo(100.0);
		assertThat(last.percent()).isEqualTo(100);
	}

	@Test
	void theLatestReportedPositionWinsWhateverTheOrderOfMerging() {
		Instant earlier = now;
		Instant later = now.plusSeconds(15);
		ProgressMerge inOrder = new ProgressMerge(Map.of(), Map.of(), VietnamTime.ZONE);
		inOrder.apply(pending(SHORT, earlier, 1.0, 35, segment(30, 35)));
		inOrder.apply(pending(SHORT, later, 1.0, 5, segment(0, 5)));
		ProgressMerge reversed = new ProgressMerge(Map.of(), Map.of(), VietnamTime.ZONE);
		reversed.apply(pending(SHORT, later, 1.0, 5, segment(0, 5)));
		reversed.apply(pending(SHORT, earlier, 1.0, 35, segment(30, 35)));

		assertThat(reversed.lectureRows()).isEqualTo(inOrder.lectureRows());
		assertThat(reversed.lectureRows().getFirst().positionSecond()).isEqualTo(5.0);
		assertThat(reversed.lectureRows().getFirst().watchedIntervals()).isEqualTo("0-5000,30000-35000");
		assertThat(reversed.studyDeltas()).isEqualTo(inOrder.studyDeltas());
	}

	@Test
	void aSegmentStartingBeyondTheVideosEndIsRefused() {
		assertRefused(() -> validate(SHORT, segment(500, 515)), "heartbeat.beyond-end");
	}

	@Test
	void negativeReversedOrNonFiniteSegmentsAreMalformed() {
		assertRefused(() -> validate(LECTURE, segment(-5, 10)), "heartbeat.malformed");
		assertRefused(() -> validate(LECTURE, segment(20, 10)), "heartbeat.malformed");
		assertRefused(() -> validate(LECTURE, segment(Double.NaN, 10)), "heartbeat.malformed");
		assertRefused(() -> HeartbeatRules.validate(new Heartbeat(" ", List.of(), 0, 1), 1_800_000),
				"heartbeat.malformed");
	}

	@Test
	void segmentsOverlappingEachOtherInOneHeartbeatAreRefused() {
		assertRefused(() -> validate(LECTURE, segment(0, 15), segment(5, 20)), "heartbeat.overlapping");
	}

	/**
	 * Changed rule: the limit is fixed per heartbeat (16 × 20 s + 60 s), no longer per
	 * session's previous heartbeat.
	 */
	@Test
	void claimingFarMoreThanOneHeartbeatCanReportIsRefused() {
		validate(LECTURE, segment(0, 380));

		assertRefused(() -> validate(LECTURE, segment(0, 381)), "heartbeat.too-much-time");
	}

	private void assertRefused(Runnable heartbeat, String code) {
		assertThatThrownBy(heartbeat::run).isInstanceOf(ProblemException.class).hasMessage(code);
	}

	private static void validate(LectureView lecture, Segment... segments) {
		double position = segments[segments.length - 1].toSecond();
		HeartbeatRules.validate(new Heartbeat("tab", List.of(segments), Math.max(0, position), 1.0),
				lecture.durationSeconds() * 1000L);
	}

	private LectureSnapshot beat(String session, LectureView lecture, double afterSeconds, Segment... segments) {
		return beatAt(1.0, session, lecture, afterSeconds, segments);
	}

	private LectureSnapshot beatAt(double rate, String session, LectureView lecture, double afterSeconds,
			Segment... segments) {
		now = now.plusMillis(Math.round(afterSeconds * 1000));
		double position = segments.length == 0 ? 0 : segments[segments.length - 1].toSecond();
		Heartbeat heartbeat = new Heartbeat(session, List.of(segments), Math.min(position, lecture.durationSeconds()),
				rate);
		HeartbeatRules.validate(heartbeat, lecture.durationSeconds() * 1000L);
		return merge.apply(new PendingHeartbeat(1, 7, lecture, 90, heartbeat, now));
	}

	private static PendingHeartbeat pending(LectureView lecture, Instant at, double rate, double position,
			Segment... segments) {
		return new PendingHeartbeat(1, 7, lecture, 90, new Heartbeat("tab", List.of(segments), position, rate), at);
	}

	private long studyMillisOn(String day) {
		return merge.studyDeltas()
			.stream()
			.filter(row -> row.day().equals(LocalDate.parse(day)))
			.mapToLong(ProgressStore.StudyDayRow::studiedMillis)
			.sum();
	}

	private static Segment segment(double from, double to) {
		return new Segment(from, to);
	}

	private static Instant vietnam(String localDateTime) {
		return LocalDateTime.parse(localDateTime).atZone(VietnamTime.ZONE).toInstant();
	}

}
