package vn.hocso.quiz;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Final-quiz results for other modules (trainer dashboards, exports, reports): per
 * enrolment, the attempts used and the best closed attempt. Not scoped: callers check
 * scope with the enrolment.
 */
public interface QuizResults {

	/** Results of these enrolments; enrolments without any attempt are absent. */
	Map<Long, Result> of(Collection<Long> enrolmentIds);

	/**
	 * @param bestScorePercent the best score of a closed attempt, null while none is
	 * closed
	 * @param passedAt when the passing attempt closed, null if none passed
	 */
	record Result(long enrolmentId, int attemptsUsed, @Nullable Integer bestScorePercent, boolean passed,
			@Nullable Instant passedAt) {
	}

}
