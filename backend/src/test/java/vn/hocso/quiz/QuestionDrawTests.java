package vn.hocso.quiz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import vn.hocso.platform.ProblemException;
import vn.hocso.quiz.domain.QuestionDraw;
import vn.hocso.quiz.domain.QuestionDraw.Candidate;
import vn.hocso.quiz.domain.QuestionDraw.Drawn;

class QuestionDrawTests {

	/**
	 * Chi-square critical values at p = 0.001: a fair draw fails this once in a thousand
	 * seeds.
	 */
	private static final double CRITICAL_99_DF = 148.23;

	private static final double CRITICAL_3_DF = 16.27;

	private final List<Candidate> bank = bankOf(5, 20);

	@Test
	void everyQuestionOfTheBankIsDrawnEquallyOften() {
		int draws = 20_000;
		Map<Long, Integer> frequency = new HashMap<>();
		SplittableRandom seeds = new SplittableRandom(20261121L);
		for (int i = 0; i < draws; i++) {
			for (Drawn drawn : QuestionDraw.draw(bank, 20, Map.of(), seeds.nextLong())) {
				frequency.merge(drawn.question().questionId(), 1, Integer::sum);
			}
		}

		double expected = draws * 20.0 / bank.size();
		double chiSquare = bank.stream()
			.mapToDouble(c -> Math.pow(frequency.getOrDefault(c.questionId(), 0) - expected, 2) / expected)
			.sum();
		assertThat(frequency).hasSize(100);
		assertThat(chiSquare).isLessThan(CRITICAL_99_DF);
	}

	@Test
	void everyOptionIsShownFirstEquallyOften() {
		int[] shownFirst = new int[4];
		SplittableRandom seeds = new SplittableRandom(7L);
		int draws = 5_000;
		for (int i = 0; i < draws; i++) {
			for (Drawn drawn : QuestionDraw.draw(bank, 20, Map.of(), seeds.nextLong())) {
				shownFirst[drawn.optionOrder().getFirst()]++;
			}
		}

		double expected = draws * 20 / 4.0;
		double chiSquare = 0;
		for (int count : shownFirst) {
			chiSquare += Math.pow(count - expected, 2) / expected;
		}
		assertThat(chiSquare).isLessThan(CRITICAL_3_DF);
	}

	@Test
	void aQuotaOfFourFromEachOfFiveTopicsHoldsInEveryDraw() {
		Map<String, Integer> quotas = new LinkedHashMap<>();
		for (int t = 0; t < 5; t++) {
			quotas.put("topic-" + t, 4);
		}
		SplittableRandom seeds = new SplittableRandom(1L);
		for (int i = 0; i < 2_000; i++) {
			List<Drawn> drawn = QuestionDraw.draw(bank, 20, quotas, seeds.nextLong());

			Map<String, Long> perTopic = drawn.stream()
				.collect(Collectors.groupingBy(d -> d.question().topic(), Collectors.counting()));
			assertThat(perTopic).containsOnly(Map.entry("topic-0", 4L), Map.entry("topic-1", 4L),
					Map.entry("topic-2", 4L), Map.entry("topic-3", 4L), Map.entry("topic-4", 4L));
		}
	}

	@Test
	void partialQuotasAreMetAndTheRestComesFromAnyTopicWithoutRepeats() {
		Map<String, Integer> quotas = Map.of("topic-0", 6, "topic-3", 2);
		SplittableRandom seeds = new SplittableRandom(2L);
		for (int i = 0; i < 2_000; i++) {
			List<Drawn> drawn = QuestionDraw.draw(bank, 20, quotas, seeds.nextLong());

			assertThat(drawn).hasSize(20);
			assertThat(drawn.stream().map(d -> d.question().questionId()).distinct()).hasSize(20);
			assertThat(drawn.stream().filter(d -> d.question().topic().equals("topic-0")))
				.hasSizeGreaterThanOrEqualTo(6);
			assertThat(drawn.stream().filter(d -> d.question().topic().equals("topic-3")))
				.hasSizeGreaterThanOrEqualTo(2);
		}
	}

	@Test
	void theStoredSeedReplaysTheSameDrawWhateverOrderTheBankIsReadIn() {
		long seed = QuestionDraw.newSeed();
		List<Candidate> reversed = new ArrayList<>(bank).reversed();

		assertThat(QuestionDraw.draw(reversed, 20, Map.of(), seed))
			.isEqualTo(QuestionDraw.draw(bank, 20, Map.of(), seed));
	}

	@Test
	void differentSeedsDrawDifferentQuestions() {
		assertThat(QuestionDraw.draw(bank, 20, Map.of(), 1L)).isNotEqualTo(QuestionDraw.draw(bank, 20, Map.of(), 2L));
	}

	@Test
	void aBankSmallerThanTheAttemptIsRefused() {
		assertThatThrownBy(() -> QuestionDraw.draw(bankOf(1, 10), 20, Map.of(), 1L))
			.isInstanceOf(ProblemException.class)
			.hasMessage("quiz.bank-too-small");
	}

	@Test
	void aTopicWithFewerQuestionsThanItsQuotaIsRefused() {
		assertThatThrownBy(() -> QuestionDraw.draw(bank, 20, Map.of("topic-1", 21), 1L))
			.isInstanceOf(ProblemException.class)
			.hasMessage("quiz.topic-too-small");
	}

	private static List<Candidate> bankOf(int topics, int perTopic) {
		List<Candidate> bank = new ArrayList<>();
		for (int t = 0; t < topics; t++) {
			for (int i = 0; i < perTopic; i++) {
				bank.add(new Candidate(1000L + t * 100 + i, "topic-" + t, 4));
			}
		}
		return bank;
	}

}
