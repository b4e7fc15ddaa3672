package vn.hocso.progress.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WatchedIntervalsTests {

	private static final long UNLIMITED = Long.MAX_VALUE;

	@Test
	void seekingAheadCreditsOnlyThePartsPlayed() {
		WatchedIntervals watched = WatchedIntervals.empty();

		watched.add(0, 10_000, UNLIMITED);
		watched.add(600_000, 615_000, UNLIMITED);

		assertThat(watched.watchedMillis()).isEqualTo(25_000);
		assertThat(watched.encode()).isEqualTo("0-10000,600000-615000");
	}

	@Test
	void rewatchingTheSameMinuteCountsOnce() {
		WatchedIntervals watched = WatchedIntervals.empty();
		watched.add(0, 60_000, UNLIMITED);

		long credited = watched.add(15_000, 45_000, UNLIMITED);

		assertThat(credited).isZero();
		assertThat(watched.watchedMillis()).isEqualTo(60_000);
	}

	@Test
	void aSegmentBridgingTwoWatchedPartsCreditsOnlyTheGapAndMergesThem() {
		WatchedIntervals watched = WatchedIntervals.empty();
		watched.add(0, 10_000, UNLIMITED);
		watched.add(20_000, 30_000, UNLIMITED);

		long credited = watched.add(5_000, 25_000, UNLIMITED);

		assertThat(credited).isEqualTo(10_000);
		assertThat(watched.encode()).isEqualTo("0-30000");
	}

	@Test
	void theBudgetCapsNewTimeEarliestFirst() {
		WatchedIntervals watched = WatchedIntervals.empty();

		long credited = watched.add(0, 60_000, 30_000);

		assertThat(credited).isEqualTo(30_000);
		assertThat(watched.encode()).isEqualTo("0-30000");
	}

	@Test
	void theStoredTextReadsBackTheSameIntervals() {
		WatchedIntervals watched = WatchedIntervals.empty();
		watched.add(30_000, 40_000, UNLIMITED);
		watched.add(0, 5_000, UNLIMITED);
		watched.add(100_000, 100_500, UNLIMITED);

		WatchedIntervals read = WatchedIntervals.decode(watched.encode());

		assertThat(read.encode()).isEqualTo("0-5000,30000-40000,100000-100500");
		assertThat(read.watchedMillis()).isEqualTo(15_500);
		assertThat(WatchedIntervals.decode("").watchedMillis()).isZero();
	}

}
