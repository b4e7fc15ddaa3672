package vn.hocso.progress.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

/**
 * The one credit rule: a learner's wall time, spent once, whatever sends the heartbeats.
 */
class AttentionTests {

	private static final Instant T0 = Instant.parse("2026-11-23T02:00:00Z");

	@Test
	void aFreshLearnerMaySpendTheAllowanceAtOnce() {
		Attention.Grant grant = Attention.fresh().spend(T0, 60_000, 1.0);

		assertThat(grant.wallMillis()).isEqualTo(30_000);
		assertThat(grant.mediaMillis()).isEqualTo(30_000);
		assertThat(grant.after().attendedUntilMillis()).isEqualTo(T0.toEpochMilli());
	}

	@Test
	void anHonestPlayerAtOneTimesSpeedIsAlwaysCreditedInFull() {
		Attention attention = Attention.fresh();
		for (int beat = 0; beat < 100; beat++) {
			// arrival jitter of up to ±7 s around every 15 s
			Instant at = T0.plusMillis(beat * 15_000L + (beat % 3 - 1) * 7_000L);
			Attention.Grant grant = attention.spend(at, 15_000, 1.0);
			assertThat(grant.mediaMillis()).isEqualTo(15_000);
			attention = grant.after();
		}
	}

	@Test
	void twoTimesSpeedCostsHalfTheWallTimeAndFasterIsCountedAsTwice() {
		Attention.Grant doubled = new Attention(T0.toEpochMilli()).spend(T0.plusSeconds(15), 30_000, 2.0);
		Attention.Grant quadrupled = new Attention(T0.toEpochMilli()).spend(T0.plusSeconds(15), 60_000, 4.0);

		assertThat(doubled.wallMillis()).isEqualTo(15_000);
		assertThat(doubled.mediaMillis()).isEqualTo(30_000);
		assertThat(quadrupled.wallMillis()).isEqualTo(15_000);
		assertThat(quadrupled.mediaMillis()).isEqualTo(30_000);
	}

	@Test
	void slowerThanOneTimesSpeedCostsNoMoreThanItsMediaTime() {
		Attention.Grant slow = new Attention(T0.toEpochMilli()).spend(T0.plusSeconds(15), 7_500, 0.5);

		assertThat(slow.wallMillis()).isEqualTo(7_500);
		assertThat(slow.mediaMillis()).isEqualTo(7_500);
	}

	@Test
	void whatIsSpentCannotBeSpentAgainByAnotherTabOrSession() {
		Attention afterFirstTab = new Attention(T0.toEpochMilli()).spend(T0.plusSeconds(15), 15_000, 1.0).after();

		Attention.Grant secondTab = afterFirstTab.spend(T0.plusSeconds(15), 15_000, 1.0);

		assertThat(secondTab.mediaMillis()).isZero();
		assertThat(secondTab.wallMillis()).isZero();
	}

	@Test
	void aHeartbeatOlderThanWhatAnotherNodeAlreadySpentEarnsNothingAndMovesNothingBack() {
		Attention spentAhead = new Attention(T0.plusSeconds(10).toEpochMilli());

		Attention.Grant late = spentAhead.spend(T0, 15_000, 1.0);

		assertThat(late.mediaMillis()).isZero();
		assertThat(late.after()).isEqualTo(spentAhead);
	}

	@Test
	void overAnyStretchTheCreditIsTheWallTimePlusTheAllowance() {
		Attention attention = Attention.fresh();
		long credited = 0;
		// three tabs claiming 15 s each every 5 s for ten minutes
		for (int beat = 0; beat < 120 * 3; beat++) {
			Attention.Grant grant = attention.spend(T0.plusSeconds(beat / 3 * 5L), 15_000, 1.0);
			credited += grant.mediaMillis();
			attention = grant.after();
		}

		assertThat(credited).isEqualTo(119 * 5_000L + Attention.ALLOWANCE_MILLIS);
	}

}
