package vn.hocso.progress.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The lecture-completion rule that the player, the merge and the dashboards' figures all
 * use.
 */
class LectureCompletionRuleTests {

	@Test
	void aLectureCompletesWhenTheWatchedShareReachesTheThreshold() {
		assertThat(LectureState.reached(79_999, 100_000, 80)).isFalse();
		assertThat(LectureState.reached(80_000, 100_000, 80)).isTrue();
		assertThat(LectureState.reached(0, 0, 80)).isTrue();
	}

	@Test
	void whatRemainsIsWhatIsMissingUpToTheThresholdAndNothingOnceReached() {
		assertThat(LectureState.remainingMillis(30_000, 100_000, 80)).isEqualTo(50_000);
		assertThat(LectureState.remainingMillis(80_000, 100_000, 80)).isZero();
		assertThat(LectureState.remainingMillis(95_000, 100_000, 80)).isZero();
	}

	@Test
	void nothingRemainsExactlyWhenTheLectureHasReachedItsThreshold() {
		for (long duration : new long[] { 1, 7, 999, 61_000, 3_600_001 }) {
			for (int threshold : new int[] { 1, 33, 80, 100 }) {
				long edge = duration * threshold / 100;
				for (long watched = Math.max(0, edge - 2); watched <= edge + 2; watched++) {
					assertThat(LectureState.remainingMillis(watched, duration, threshold) == 0)
						.as("watched %d of %d at %d%%", watched, duration, threshold)
						.isEqualTo(LectureState.reached(watched, duration, threshold));
				}
			}
		}
	}

}
