package vn.hocso.exam.domain;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import vn.hocso.learner.LearnerDirectory;
import vn.hocso.learner.LearnerSummary;

/**
 * Who the candidates of an exam are, now: for a POSITION exam the active officials under
 * its unit whose staff-list position matches; for a NAMED exam the admitted learners who
 * are still active.
 */
@Component
class ExamPopulations {

	private final LearnerDirectory learners;

	private final ExamCandidateRepository admitted;

	ExamPopulations(LearnerDirectory learners, ExamCandidateRepository admitted) {
		this.learners = learners;
		this.admitted = admitted;
	}

	/** The candidates by learner id, in learner id order. */
	Map<Long, LearnerSummary> of(Exam exam) {
		List<Long> ids;
		if (exam.isNamed()) {
			ids = admitted.learnerIdsOf(exam.getId());
		}
		else {
			PositionMatch match = exam.positionMatch();
			ids = learners.activePositionsInSubtree(exam.getUnitPath())
				.entrySet()
				.stream()
				.filter(entry -> match.matches(entry.getValue()))
				.map(Map.Entry::getKey)
				.toList();
		}
		return learners.findAll(ids)
			.stream()
			.filter(LearnerSummary::active)
			.sorted(Comparator.comparingLong(LearnerSummary::id))
			.collect(Collectors.toMap(LearnerSummary::id, l -> l, (a, b) -> a, LinkedHashMap::new));
	}

	boolean includes(Exam exam, long learnerId) {
		if (exam.isNamed()) {
			return admitted.existsByExamIdAndLearnerId(exam.getId(), learnerId);
		}
		return learners.find(learnerId)
			.filter(l -> l.active() && l.unitPath().startsWith(exam.getUnitPath()))
			.map(l -> exam.positionMatch().matches(learners.activePositionsInSubtree(l.unitPath()).get(learnerId)))
			.orElse(false);
	}

}
