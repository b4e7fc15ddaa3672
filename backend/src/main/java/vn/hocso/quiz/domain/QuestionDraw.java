package vn.hocso.quiz.domain;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import vn.hocso.platform.ProblemException;

/**
 * Draws an attempt's questions uniformly at random without replacement, quotas per topic
 * first, the rest from what is left, then shuffles each question's options. The
 * randomness is a 64-bit seed from {@link SecureRandom} feeding a deterministic
 * generator, so a stored seed replays the exact draw for an audit.
 */
public final class QuestionDraw {

	private static final SecureRandom SEEDS = new SecureRandom();

	/** A bank question as the draw sees it. */
	public record Candidate(long questionId, String topic, int optionCount) {
	}

	/**
	 * One drawn question, and the order its options are shown in (authored positions).
	 */
	public record Drawn(Candidate question, List<Integer> optionOrder) {
	}

	private QuestionDraw() {
	}

	public static long newSeed() {
		return SEEDS.nextLong();
	}

	public static List<Drawn> draw(List<Candidate> bank, int count, Map<String, Integer> quotas, long seed) {
		SplittableRandom random = new SplittableRandom(seed);
		// A fixed order, so the same seed over the same bank gives the same draw whatever
		// the query returned.
		List<Candidate> pool = new ArrayList<>(bank);
		pool.sort(Comparator.comparingLong(Candidate::questionId));
		if (pool.size() < count) {
			throw ProblemException.conflict("quiz.bank-too-small", pool.size(), count);
		}
		List<Candidate> chosen = new ArrayList<>(count);
		for (Map.Entry<String, Integer> quota : new LinkedHashMap<>(quotas).entrySet()) {
			List<Candidate> ofTopic = new ArrayList<>(
					pool.stream().filter(c -> c.topic().equals(quota.getKey())).toList());
			if (ofTopic.size() < quota.getValue()) {
				throw ProblemException.conflict("quiz.topic-too-small", quota.getKey(), ofTopic.size(),
						quota.getValue());
			}
			List<Candidate> picked = pick(ofTopic, quota.getValue(), random);
			chosen.addAll(picked);
			pool.removeAll(picked);
		}
		chosen.addAll(pick(pool, count - chosen.size(), random));
		shuffle(chosen, random);
		return chosen.stream().map(c -> new Drawn(c, shuffledPositions(c.optionCount(), random))).toList();
	}

	/**
	 * The first {@code n} of a partial Fisher–Yates shuffle: every n-subset equally
	 * likely.
	 */
	private static List<Candidate> pick(List<Candidate> from, int n, SplittableRandom random) {
		List<Candidate> copy = new ArrayList<>(from);
		for (int i = 0; i < n; i++) {
			int j = i + random.nextInt(copy.size() - i);
			Candidate swap = copy.get(i);
			copy.set(i, copy.get(j));
			copy.set(j, swap);
		}
		return List.copyOf(copy.subList(0, n));
	}

	private static <T> void shuffle(List<T> list, SplittableRandom random) {
		for (int i = list.size() - 1; i > 0; i--) {
			int j = random.nextInt(i + 1);
			T swap = list.get(i);
			list.set(i, list.get(j));
			list.set(j, swap);
		}
	}

	private static List<Integer> shuffledPositions(int optionCount, SplittableRandom random) {
		List<Integer> positions = new ArrayList<>();
		for (int i = 0; i < optionCount; i++) {
			positions.add(i);
		}
		shuffle(positions, random);
		return List.copyOf(positions);
	}

}
