package vn.hocso.learner.domain;

import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.hocso.learner.LearnerCategory;
import vn.hocso.learner.LearnerDirectory;
import vn.hocso.learner.LearnerSummary;

/**
 * {@link LearnerDirectory} for other modules: plain reads, scoped by the caller (see the
 * interface).
 */
@Service
@Transactional(readOnly = true)
class RegistryDirectory implements LearnerDirectory {

	private final LearnerRepository learners;

	RegistryDirectory(LearnerRepository learners) {
		this.learners = learners;
	}

	@Override
	public Optional<LearnerSummary> find(long learnerId) {
		return learners.findById(learnerId).map(Learner::summary);
	}

	@Override
	public List<LearnerSummary> findAll(Collection<Long> learnerIds) {
		return learners.findAllById(learnerIds).stream().map(Learner::summary).toList();
	}

	@Override
	public List<LearnerSummary> findActiveInSubtree(String unitPathPrefix) {
		return learners.findByStatusAndUnitPathStartingWithOrderById(LearnerStatus.ACTIVE, unitPathPrefix)
			.stream()
			// A unit's staff, never the citizens who live there: no wave, account or
			// sheet reaches them.
			.filter(learner -> learner.getCategory() != LearnerCategory.CITIZEN)
			.map(Learner::summary)
			.toList();
	}

	@Override
	public Map<Long, String> activePositionsInSubtree(String unitPathPrefix) {
		Map<Long, String> positions = new HashMap<>();
		for (Object[] row : learners.activePositionsUnder(unitPathPrefix)) {
			positions.put((Long) row[0], (String) row[1]);
		}
		return positions;
	}

	@Override
	public Map<Long, Map<LearnerCategory, Long>> countActiveByUnitAndCategory(String unitPathPrefix) {
		Map<Long, Map<LearnerCategory, Long>> counts = new HashMap<>();
		for (Object[] row : learners.countActiveByUnitAndCategory(unitPathPrefix)) {
			counts.computeIfAbsent((Long) row[0], unit -> new EnumMap<>(LearnerCategory.class))
				.put((LearnerCategory) row[1], (Long) row[2]);
		}
		return counts;
	}

}
