package vn.hocso.training.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.hocso.training.domain.SeatAllotment.Candidate;
import vn.hocso.training.domain.SeatAllotment.ClassSeats;
import vn.hocso.training.domain.SeatAllotment.Mode;

class SeatAllotmentTests {

	static final ClassSeats JUNE = new ClassSeats(1, 1, LocalDate.of(2026, 6, 15), null);

	static final ClassSeats JULY = new ClassSeats(2, 2, LocalDate.of(2026, 7, 6), "/1/20/");

	@Test
	void firstNominatedFirstServedByPreferenceThenEarliestClassThenWaitingList() {
		SeatAllotment.Result result = SeatAllotment.allot(List.of(JULY, JUNE),
				List.of(new Candidate(10, "/1/5/", 2L), new Candidate(11, "/1/6/", 2L), new Candidate(12, "/1/7/", 2L),
						new Candidate(13, "/1/8/", null), new Candidate(14, "/1/9/", 1L)),
				Mode.DATE_PREFERENCE);

		assertThat(result.seats()).containsEntry(10L, 2L).containsEntry(11L, 2L).containsEntry(12L, 1L).hasSize(3);
		assertThat(result.waiting()).containsExactly(13L, 14L);
	}

	@Test
	void byAreaTheDeepestAreaAboveTheNomineesUnitWins() {
		ClassSeats district = new ClassSeats(3, 5, LocalDate.of(2026, 8, 3), "/1/20/21/");
		SeatAllotment.Result result = SeatAllotment.allot(List.of(JUNE, JULY, district),
				List.of(new Candidate(10, "/1/20/21/30/", null), new Candidate(11, "/1/20/22/", null),
						new Candidate(12, "/1/5/", null)),
				Mode.AREA);

		assertThat(result.seats()).containsEntry(10L, 3L).containsEntry(11L, 2L).containsEntry(12L, 1L);
		assertThat(result.waiting()).isEmpty();
	}

	@Test
	void aFullClassSendsNomineesToTheWaitingListWhenNoOtherHasSeats() {
		SeatAllotment.Result result = SeatAllotment.allot(
				List.of(new ClassSeats(1, 0, LocalDate.of(2026, 6, 15), null)), List.of(new Candidate(10, "/1/", 1L)),
				Mode.DATE_PREFERENCE);

		assertThat(result.seats()).isEmpty();
		assertThat(result.waiting()).containsExactly(10L);
	}

}
