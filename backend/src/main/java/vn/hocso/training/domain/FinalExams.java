package vn.hocso.training.domain;

import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.hocso.exam.ExamCandidates;
import vn.hocso.exam.ExamResults;
import vn.hocso.platform.ProblemException;

/**
 * A programme's end-of-class exam: a NAMED exam of the exam module. Seated participants
 * are admitted to it (when seated, and all at once when the exam is set), and completion
 * asks whether they passed. Training depends on exam, never the reverse.
 */
@Service
@Transactional
public class FinalExams {

	private final ProgrammeRepository programmes;

	private final NominationRepository nominations;

	private final ExamCandidates candidates;

	private final ExamResults results;

	private final TrainingAccess access;

	FinalExams(ProgrammeRepository programmes, NominationRepository nominations, ExamCandidates candidates,
			ExamResults results, TrainingAccess access) {
		this.programmes = programmes;
		this.nominations = nominations;
		this.candidates = candidates;
		this.results = results;
		this.access = access;
	}

	/**
	 * Sets (or, with null, removes) the programme's final exam; ADMIN. 400 unless it is a
	 * NAMED exam.
	 */
	public TrainingProgramme require(long programmeId, @Nullable Long examId) {
		access.requireAdmin();
		TrainingProgramme programme = programmes.findById(programmeId)
			.orElseThrow(() -> ProblemException.notFound("training.programme-not-found", programmeId));
		if (examId != null) {
			ExamResults.ExamRef exam = results.find(examId)
				.orElseThrow(() -> ProblemException.badRequest("training.final-exam-invalid", examId));
			if (!exam.named()) {
				throw ProblemException.badRequest("training.final-exam-invalid", examId);
			}
		}
		programme.requireFinalExam(examId);
		if (examId != null) {
			candidates.admit(examId,
					nominations.findByProgrammeIdOrderByNominatedAtAscIdAsc(programmeId)
						.stream()
						.filter(n -> n.getStatus() == NominationStatus.SEATED)
						.map(Nomination::getLearnerId)
						.toList());
		}
		return programme;
	}

	@Transactional(readOnly = true)
	public TrainingProgramme programme(long programmeId) {
		return programmes.findById(programmeId)
			.orElseThrow(() -> ProblemException.notFound("training.programme-not-found", programmeId));
	}

	/**
	 * A nominee was given a seat: admitted to the programme's final exam, if it has one.
	 */
	void seated(Nomination nomination) {
		programmes.findById(nomination.getProgrammeId())
			.map(TrainingProgramme::getFinalExamId)
			.ifPresent(examId -> candidates.admit(examId, List.of(nomination.getLearnerId())));
	}

	Set<Long> passedAmong(TrainingProgramme programme, Collection<Long> learnerIds) {
		Long examId = programme.getFinalExamId();
		return examId == null ? Set.of() : results.passedAmong(examId, learnerIds);
	}

	List<TrainingProgramme> programmesWith(long examId) {
		return programmes.findByFinalExamId(examId);
	}

	List<Nomination> seatedNominationsOf(TrainingProgramme programme, long learnerId) {
		return nominations.findByProgrammeIdAndLearnerId(programme.getId(), learnerId)
			.filter(n -> n.getStatus() == NominationStatus.SEATED)
			.stream()
			.toList();
	}

}
