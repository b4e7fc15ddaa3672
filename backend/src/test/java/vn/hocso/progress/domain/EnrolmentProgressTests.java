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
import vn.hocso.progress.domain.Heartbeat.Segment;

/** The heartbeat rules on one enrolment's in-memory progress, with a hand-driven clock. */
class EnrolmentProgressTests {

	private static final LectureView LECTURE = new LectureView(11, 1, "Chính quyền số", "media", 1_800, List.of());

	private static final LectureView SHORT = new LectureView(12, 2, "Xã hội số", "media", 100, List.of());

	private final StudyClocks clocks = new StudyClocks();

	private final EnrolmentProgress progress = new EnrolmentProgress(1, 7, List.of(), Map.of(), false);

	private Instant now = vietnam("2026-11-23T09:00:00");

	@Test
	void aPlayerWatchingNormallyIsCreditedWhatItPlayed() {
		LectureSnapshot first = beat("tab", LECTURE, 15, segment(0, 15));
		LectureSnapshot second = beat("tab", LECTURE, 15, segment(15, 30));

		assertThat(first.watchedSeconds()).isEqualTo(15.0);
		assertThat(second.watchedSeconds()).isEqualTo(30.0);
		assertThat(second.positionSecond()).isEqualTo(30.0);
		assertThat(progress.studyMillisOn(LocalDate.parse("2026-11-23"))).isEqualTo(30_000);
	}

	@Test
	void seekingAheadCountsOnlyWhatWasPlayedAfterTheSeek() {
		beat("tab", LECTURE, 10, segment(0, 10));

		LectureSnapshot afterSeek = beat("tab", LECTURE, 15, segment(1_200, 1_215));

		assertThat(afterSeek.watchedSeconds()).isEqualTo(25.0);
		assertThat(afterSeek.positionSecond()).isEqualTo(1_215.0);
	}

	@Test
	void playingAtFourTimesSpeedIsCreditedAtTwice() {
		beat("tab", LECTURE, 15, segment(0, 15));

		LectureSnapshot fast = beat("tab", LECTURE, 15, segment(15, 75));

		assertThat(fast.watchedSeconds()).isEqualTo(15.0 + 30.0);
	}

	@Test
	void aSessionsFirstHeartbeatIsCreditedAtMostFortySeconds() {
		LectureSnapshot burst = beat("tab", LECTURE, 0, segment(0, 200));

		assertThat(burst.watchedSeconds()).isEqualTo(40.0);
	}

	@Test
	void twoTabsPlayingAtOnceCountTheLearnersStudyTimeOnce() {
		beat("left", LECTURE, 0, segment(0, 15));
		beat("right", LECTURE, 5, segment(600, 605));
		for (int round = 0; round < 8; round++) {
			double leftFrom = 15 + round * 15;
			beat("left", LECTURE, 10, segment(leftFrom, leftFrom + 15));
			double rightFrom = 605 + round * 15;
			beat("right", LECTURE, 5, segment(rightFrom, rightFrom + 15));
		}

		long wallClockMillis = (5 + 8 * 15) * 1000L;
		assertThat(progress.studyMillisOn(LocalDate.parse("2026-11-23"))).isLessThanOrEqualTo(wallClockMillis + 15_000);
	}

	@Test
	void studyAcrossMidnightIsSplitBetweenTheTwoVietnamDays() {
		now = vietnam("2026-11-23T23:59:50");
		beat("tab", LECTURE, 0, segment(0, 15));

		beat("tab", LECTURE, 15, segment(15, 30));

		assertThat(progress.studyMillisOn(LocalDate.parse("2026-11-23"))).isEqualTo(15_000 + 10_000);
		assertThat(progress.studyMillisOn(LocalDate.parse("2026-11-24"))).isEqualTo(5_000);
	}

	@Test
	void aLectureCompletesAtNinetyPercentOfItsDuration() {
		beat("tab", SHORT, 0, segment(0, 30));
		beat("tab", SHORT, 30, segment(30, 60));
		LectureSnapshot almost = beat("tab", SHORT, 30, segment(60, 89));

		LectureSnapshot reached = beat("tab", SHORT, 30, segment(89, 90));

		assertThat(almost.completed()).isFalse();
		assertThat(almost.percent()).isEqualTo(89);
		assertThat(reached.completed()).isTrue();
	}

	@Test
	void segmentsPastTheEndAreClippedToTheDuration() {
		beat("tab", SHORT, 0, segment(0, 30));
		beat("tab", SHORT, 30, segment(30, 60));
		beat("tab", SHORT, 30, segment(60, 90));

		LectureSnapshot last = beat("tab", SHORT, 30, segment(90, 101));

		assertThat(last.watchedSeconds()).isEqualTo(100.0);
		assertThat(last.percent()).isEqualTo(100);
	}

	@Test
	void aSegmentStartingBeyondTheVideosEndIsRefusedAndChangesNothing() {
		beat("tab", SHORT, 0, segment(0, 10));

		assertRefused(() -> beat("tab", SHORT, 15, segment(500, 515)), "heartbeat.beyond-end");
		assertThat(progress.snapshot(SHORT, 90).watchedSeconds()).isEqualTo(10.0);
	}

	@Test
	void negativeReversedOrNonFiniteSegmentsAreMalformed() {
		assertRefused(() -> beat("tab", LECTURE, 15, segment(-5, 10)), "heartbeat.malformed");
		assertRefused(() -> beat("tab", LECTURE, 15, segment(20, 10)), "heartbeat.malformed");
		assertRefused(() -> beat("tab", LECTURE, 15, segment(Double.NaN, 10)), "heartbeat.malformed");
		assertRefused(() -> progress.apply(LECTURE, 90, new Heartbeat(" ", List.of(), 0, 1), now,
				clocks.session(7, " "), clocks.learner(7), WorkingDayCalendar.VIETNAM), "heartbeat.malformed");
	}

	@Test
	void segmentsOverlappingEachOtherInOneHeartbeatAreRefused() {
		assertRefused(() -> beat("tab", LECTURE, 15, segment(0, 15), segment(5, 20)), "heartbeat.overlapping");
	}

	@Test
	void claimingFarMoreThanTheWallClockAllowsIsRefused() {
		beat("tab", LECTURE, 0, segment(0, 15));

		assertRefused(() -> beat("tab", LECTURE, 15, segment(15, 1_000)), "heartbeat.too-much-time");
	}

	private void assertRefused(Runnable heartbeat, String code) {
		assertThatThrownBy(heartbeat::run).isInstanceOf(ProblemException.class).hasMessage(code);
	}

	private LectureSnapshot beat(String session, LectureView lecture, long afterSeconds, Segment... segments) {
		now = now.plusSeconds(afterSeconds);
		double position = segments.length == 0 ? 0 : segments[segments.length - 1].toSecond();
		return progress.apply(lecture, 90, new Heartbeat(session, List.of(segments), position, 1.0), now,
				clocks.session(7, session), clocks.learner(7), WorkingDayCalendar.VIETNAM);
	}

	private static Segment segment(double from, double to) {
		return new Segment(from, to);
	}

	private static Instant vietnam(String localDateTime) {
		return LocalDateTime.parse(localDateTime).atZone(WorkingDayCalendar.VIETNAM).toInstant();
	}

}
