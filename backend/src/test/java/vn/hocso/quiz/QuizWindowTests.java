package vn.hocso.quiz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;

import vn.hocso.platform.ProblemException;
import vn.hocso.quiz.domain.QuizWindow;

class QuizWindowTests {

	private static final Instant OPENS = Instant.parse("2026-12-01T01:00:00Z");

	@Test
	void withoutAStaggerEveryoneStartsAtTheOpening() {
		QuizWindow window = new QuizWindow(1, OPENS, null, 0);
		assertThat(window.startsAtFor(7)).isEqualTo(OPENS);
		assertThat(window.isOpenFor(7, OPENS)).isTrue();
		assertThat(window.isOpenFor(7, OPENS.minusSeconds(1))).isFalse();
	}

	@Test
	void aStaggerSpreadsAWaveOfStartsEvenlyOverItsMinutesAndKeepsEachLearnersTimeFixed() {
		QuizWindow window = new QuizWindow(3, OPENS, null, 60);
		long[] perQuarter = new long[4];
		LongStream.range(1, 4_501).forEach(enrolment -> {
			Instant start = window.startsAtFor(enrolment);
			assertThat(start).isBetween(OPENS, OPENS.plus(Duration.ofMinutes(60)));
			assertThat(window.startsAtFor(enrolment)).isEqualTo(start);
			perQuarter[(int) Math.min(3, Duration.between(OPENS, start).toSeconds() / 900)]++;
		});
		// 4,500 learners over 4 quarters of an hour: about 1,125 each, never a stampede
		// in one.
		assertThat(LongStream.of(perQuarter).boxed().toList())
			.allSatisfy(count -> assertThat(count).isBetween(1_000L, 1_250L));
	}

	@Test
	void aStartBeforeTheLearnersTimeOrAfterTheClosingIsRefused() {
		QuizWindow window = new QuizWindow(1, OPENS, OPENS.plus(Duration.ofDays(2)), 0);
		assertThatThrownBy(() -> window.requireOpenFor(9, OPENS.minusSeconds(60))).isInstanceOf(ProblemException.class)
			.hasMessage("quiz.not-open-yet");
		assertThatThrownBy(() -> window.requireOpenFor(9, OPENS.plus(Duration.ofDays(2))))
			.isInstanceOf(ProblemException.class)
			.hasMessage("quiz.window-closed");
		window.requireOpenFor(9, OPENS.plus(Duration.ofHours(1)));
	}

	@Test
	void aWindowMustLeaveRoomForEveryStaggeredStart() {
		assertThatThrownBy(() -> new QuizWindow(1, OPENS, OPENS.plus(Duration.ofMinutes(20)), 30))
			.isInstanceOf(ProblemException.class)
			.hasMessage("quiz.window-closes-too-early");
	}

}
