package vn.hocso.headcount;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

import vn.hocso.learner.LearnerCategory;
import vn.hocso.learner.LearnerDirectory;
import vn.hocso.learner.LearnerSummary;

/**
 * Registered-learner counts set by the test, standing in for the learner module's
 * directory until it is merged. Only the counting method is used by the headcount module.
 */
public class StubLearnerDirectory implements LearnerDirectory {

	private final Map<Long, Map<LearnerCategory, Long>> counts = new HashMap<>();

	public void register(long unitId, Map<LearnerCategory, Long> perCategory) {
		counts.put(unitId, Map.copyOf(perCategory));
	}

	@Override
	public Map<Long, String> activePositionsInSubtree(String unitPathPrefix) {
		return Map.of();
	}

	@Override
	public Map<Long, Map<LearnerCategory, Long>> countActiveByUnitAndCategory(String unitPathPrefix) {
		return Map.copyOf(counts);
	}

	@Override
	public Optional<LearnerSummary> find(long learnerId) {
		return Optional.empty();
	}

	@Override
	public List<LearnerSummary> findAll(Collection<Long> learnerIds) {
		return List.of();
	}

	@Override
	public List<LearnerSummary> findActiveInSubtree(String unitPathPrefix) {
		return List.of();
	}

	@TestConfiguration(proxyBeanMethods = false)
	public static class Config {

		/**
		 * Stands in for the learner module's API in these module tests, ahead of the real
		 * one.
		 */
		@Bean
		@Primary
		StubLearnerDirectory stubLearnerDirectory() {
			return new StubLearnerDirectory();
		}

	}

}
