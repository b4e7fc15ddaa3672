package vn.hocso.training;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import vn.hocso.learner.LearnerCategory;
import vn.hocso.learner.LearnerDirectory;
import vn.hocso.learner.LearnerSummary;
import vn.hocso.organization.OrgUnitSummary;

/**
 * Units' staff lists in memory, standing in for the learner module's API (officials with
 * e-mails).
 */
public final class StaffList implements LearnerDirectory {

	private final Map<Long, LearnerSummary> learners = new ConcurrentHashMap<>();

	private final AtomicLong ids = new AtomicLong(System.nanoTime() % 1_000_000 * 1_000);

	public LearnerSummary add(String fullName, OrgUnitSummary unit) {
		long id = ids.incrementAndGet();
		LearnerSummary learner = new LearnerSummary(id, fullName, LocalDate.of(1985, 3, 14), unit.id(), unit.code(),
				unit.path(), LearnerCategory.CONG_CHUC, "official" + id + "@example.vn", null, null, true);
		learners.put(id, learner);
		return learner;
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
			.sorted(Comparator.comparingLong(LearnerSummary::id))
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
		Map<Long, Map<LearnerCategory, Long>> counts = new HashMap<>();
		findActiveInSubtree(unitPathPrefix)
			.forEach(learner -> counts.computeIfAbsent(learner.unitId(), unit -> new EnumMap<>(LearnerCategory.class))
				.merge(learner.category(), 1L, Long::sum));
		return counts;
	}

	public void clear() {
		learners.clear();
	}

}
