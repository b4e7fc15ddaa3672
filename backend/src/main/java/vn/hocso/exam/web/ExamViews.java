package vn.hocso.exam.web;

import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

import vn.hocso.exam.domain.ExamPopulation;

/** What the exam endpoints answer. */
final class ExamViews {

	private ExamViews() {
	}

	record ExamView(long id, String title, @Nullable String code, long bankCourseId, ExamPopulation population,
			List<String> positionList, long unitId, String unitPath, Instant opensAt, Instant closesAt,
			int attemptsAllowed, int passPercent, int questionCount, int timeLimitMinutes, boolean certificate,
			String createdBy) {
	}

	@Schema(name = "ExamUnitView")
	record UnitView(long id, String code, String name) {
	}

	@Schema(name = "ExamUnitLineView")
	record UnitLineView(UnitView unit, long candidates, long assessed, long passed, @Nullable Double assessedRate,
			@Nullable Double passRate) {
	}

	record CandidateView(long id, String fullName, String unitCode) {
	}

	record ResultsView(ExamView exam, long candidates, long assessed, long passed, @Nullable Double passRate,
			List<UnitLineView> units, List<CandidateView> notTaken) {
	}

	/**
	 * An attempt as its learner sees it in the list (the questions are at
	 * {@code /api/quiz-attempts/{id}}).
	 */
	record AttemptView(long attemptId, int attemptNumber, Instant startedAt, Instant deadline, boolean closed,
			@Nullable Instant closedAt, @Nullable Integer scorePercent, @Nullable Boolean passed) {
	}

	record MyExamView(long id, String title, Instant opensAt, Instant closesAt, int attemptsAllowed, int passPercent,
			int questionCount, int timeLimitMinutes, boolean openNow, boolean passed, boolean canStart,
			@Nullable Long openAttemptId, List<AttemptView> attempts) {
	}

}
