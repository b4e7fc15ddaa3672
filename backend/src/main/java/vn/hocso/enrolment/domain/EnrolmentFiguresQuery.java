package vn.hocso.enrolment.domain;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.hocso.enrolment.EnrolmentFigures;
import vn.hocso.learner.LearnerCategory;
import vn.hocso.learner.LearnerDirectory;
import vn.hocso.learner.LearnerSummary;
import vn.hocso.platform.Chunks;

@Service
@Transactional(readOnly = true)
class EnrolmentFiguresQuery implements EnrolmentFigures {

	private final EnrolmentRepository enrolments;

	private final LearnerDirectory learners;

	private final WaveRepository waves;

	EnrolmentFiguresQuery(EnrolmentRepository enrolments, LearnerDirectory learners, WaveRepository waves) {
		this.enrolments = enrolments;
		this.learners = learners;
		this.waves = waves;
	}

	@Override
	public Map<Long, Map<LearnerCategory, Long>> enrolledLearnersByUnitAndCategory(String unitPathPrefix) {
		Map<Long, Long> unitOfLearner = new HashMap<>();
		for (Object[] row : enrolments.findEnrolledLearnerUnits(unitPathPrefix)) {
			unitOfLearner.put((Long) row[0], (Long) row[1]);
		}
		return countByCategory(unitOfLearner);
	}

	@Override
	public Map<Long, Map<LearnerCategory, Long>> enrolledLearnersByUnitAndCategory(String unitPathPrefix,
			Set<Long> courseIds, Set<Long> waveIds) {
		Map<Long, Long> courseOfWave = new HashMap<>();
		Map<Long, Long> unitOfLearner = new HashMap<>();
		for (Object[] row : enrolments.findEnrolledLearnerUnitWaves(unitPathPrefix)) {
			long waveId = (Long) row[2];
			long courseId = courseOfWave.computeIfAbsent(waveId,
					id -> waves.findById(id).map(Wave::getCourseId).orElse(-1L));
			if ((courseIds.isEmpty() || courseIds.contains(courseId))
					&& (waveIds.isEmpty() || waveIds.contains(waveId))) {
				unitOfLearner.put((Long) row[0], (Long) row[1]);
			}
		}
		return countByCategory(unitOfLearner);
	}

	private Map<Long, Map<LearnerCategory, Long>> countByCategory(Map<Long, Long> unitOfLearner) {
		Map<Long, Map<LearnerCategory, Long>> byUnit = new HashMap<>();
		List<LearnerSummary> enrolled = Chunks.of(unitOfLearner.keySet(), Chunks.IN_CLAUSE_SIZE)
			.stream()
			.flatMap(chunk -> learners.findAll(chunk).stream())
			.toList();
		for (LearnerSummary learner : enrolled) {
			byUnit.computeIfAbsent(unitOfLearner.get(learner.id()), unit -> new EnumMap<>(LearnerCategory.class))
				.merge(learner.category(), 1L, Long::sum);
		}
		return byUnit;
	}

}
