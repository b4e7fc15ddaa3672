package vn.hocso.testing;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

import vn.hocso.learner.LearnerCategory;
import vn.hocso.learner.LearnerDirectory;
import vn.hocso.learner.LearnerSummary;
import vn.hocso.organization.OrgUnitSummary;

/**
 * A learner registry in memory, for modules that depend on {@link LearnerDirectory} and
 * are tested without the learner module's persistence. Import {@link Config} to make it
 * the directory.
 */
public class InMemoryLearners implements LearnerDirectory {

	private final Map<Long, LearnerSummary> learners = new ConcurrentHashMap<>();

	// Far from the ids a real registry would hand out in a test run, and unique per JVM.
	private final AtomicLong ids = new AtomicLong(System.currentTimeMillis() % 1_000_000 * 1_000);

	public LearnerSummary add(String fullName, OrgUnitSummary unit) {
		long id = ids.incrementAndGet();
		LearnerSummary learner = new LearnerSummary(id, fullName, LocalDate.of(1985, 3, 14), unit.id(), unit.code(),
				unit.path(), LearnerCategory.CONG_CHUC, null, null, null, true);
		learners.put(id, learner);
		return learner;
	}

	public void clear() {
		learners.clear();
	}

	@Override
	public Optional<LearnerSummary> find(long learnerId) {
		return Optional.ofNullable(learners.get(learnerId));
	}

	@Override
	public List<LearnerSummary> findAll(Collection<Long> learnerIds) {
		return learnerIds.stream().map(learners::get).filter(l -> l != null).toList();
	}

	@Override
	public List<LearnerSummary> findActiveInSubtree(String unitPathPrefix) {
		return learners.values()
			.stream()
			.filter(l -> l.active() && l.unitPath().startsWith(unitPathPrefix))
			.sorted(java.util.Comparator.comparingLong(LearnerSummary::id))
			.toList();
	}

	private final Map<Long, String> positions = new java.util.concurrent.ConcurrentHashMap<>();

	/**
	 * Writes a staff-list position for a learner (the learner module's position field).
	 */
	public void position(long learnerId, String position) {
		positions.put(learnerId, position);
	}

	@Override
	public Map<Long, String> activePositionsInSubtree(String unitPathPrefix) {
		Map<Long, String> found = new java.util.HashMap<>();
		findActiveInSubtree(unitPathPrefix).forEach(learner -> {
			String position = positions.get(learner.id());
			if (position != null) {
				found.put(learner.id(), position);
			}
		});
		return found;
	}

	@Override
	public Map<Long, Map<LearnerCategory, Long>> countActiveByUnitAndCategory(String unitPathPrefix) {
		Map<Long, Map<LearnerCategory, Long>> counts = new java.util.HashMap<>();
		findActiveInSubtree(unitPathPrefix).forEach(learner -> counts
			.computeIfAbsent(learner.unitId(), unit -> new java.util.EnumMap<>(LearnerCategory.class))
			.merge(learner.category(), 1L, Long::sum));
		return counts;
	}

	@TestConfiguration(proxyBeanMethods = false)
	public static class Config {

		/**
		 * Stands in for the learner module's API in the account tests, ahead of the real
		 * one.
		 */
		@Bean
		@Primary
		InMemoryLearners inMemoryLearners() {
			return new InMemoryLearners();
		}

	}

}
