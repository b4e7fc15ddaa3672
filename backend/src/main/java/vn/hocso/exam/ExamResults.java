package vn.hocso.exam;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import vn.hocso.learner.LearnerCategory;

/**
 * What other modules may read of exams and their results. Not scoped: callers check
 * scope.
 */
public interface ExamResults {

	Optional<ExamRef> find(long examId);

	/** The exam with this code, if any (plans name exams by code). */
	Optional<Long> idOfCode(String code);

	/** Those of these learners who have passed the exam. */
	Set<Long> passedAmong(long examId, Collection<Long> learnerIds);

	/**
	 * Per unit and learner category under the path prefix, across these exams: the
	 * candidates now, those assessed (an attempt graded on or before the day, Vietnam
	 * time) and those passed by then. A learner who is a candidate of several of the
	 * exams counts once.
	 */
	List<UnitFigure> figures(Set<Long> examIds, String unitPathPrefix, LocalDate asOf);

	/**
	 * The learner's pass of the exam (empty when they have not passed it): what a
	 * certificate of assessment states. {@code resultId} identifies the pass (one result
	 * row per exam and learner).
	 */
	Optional<Pass> pass(long examId, long learnerId);

	record Pass(long resultId, long examId, String title, @Nullable String code, boolean issuesCertificate,
			int bestScorePercent, int passPercent, int attemptsGraded, int questionCount, int timeLimitMinutes,
			Instant passedAt) {
	}

	record ExamRef(long id, String title, boolean named, String unitPath) {
	}

	record UnitFigure(long unitId, String unitPath, LearnerCategory category, long candidates, long assessed,
			long passed) {
	}

}
