package vn.hocso.quiz.web;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

import vn.hocso.quiz.domain.AttemptQuestion;
import vn.hocso.quiz.domain.QuestionVersion;
import vn.hocso.quiz.domain.QuizAttempt;
import vn.hocso.quiz.domain.QuizAttempts.AttemptState;
import vn.hocso.quiz.domain.QuizAttempts.Overview;
import vn.hocso.quiz.domain.QuizAttempts.SavedAnswer;
import vn.hocso.quiz.domain.ReviewPolicy;

/**
 * What learners receive. Built so that nothing about correctness can slip out while an
 * attempt is open: questions carry only the stem and the options in the shown order, and
 * {@code result} is filled only once the attempt is closed, with as much as the course's
 * review policy allows.
 */
final class AttemptResponses {

	private AttemptResponses() {
	}

	/**
	 * {@code enrolmentId} for a course's final quiz, {@code examId} for an
	 * assessment-only exam.
	 */
	record AttemptResponse(long attemptId, @Nullable Long enrolmentId, @Nullable Long examId, int attemptNumber,
			QuizAttempt.Status status, Instant startedAt, Instant deadline, long secondsLeft, int answeredCount,
			List<QuestionResponse> questions, @Nullable ResultResponse result) {
	}

	/**
	 * {@code options}: texts in the order shown; {@code selected}: indexes into that
	 * order.
	 */
	@Schema(name = "AttemptQuestionResponse")
	record QuestionResponse(long questionId, int number, String stem, @Nullable String image, boolean multiple,
			List<String> options, List<Integer> selected) {
	}

	/**
	 * {@code wrongQuestionIds}: the learner's questions answered wrongly or not at all
	 * (policy WRONG_ONLY or FULL); {@code review}: correct options and explanations (FULL
	 * only).
	 */
	record ResultResponse(int correctCount, int questionCount, int scorePercent, int passPercent, boolean passed,
			Instant closedAt, boolean gradedByServer, @Nullable List<Long> wrongQuestionIds,
			@Nullable List<ReviewItem> review) {
	}

	record ReviewItem(long questionId, List<Integer> correctOptions, @Nullable String explanation) {
	}

	record AnswerResponse(long questionId, List<Integer> selected, Instant savedAt, long secondsLeft) {
	}

	record OverviewResponse(long enrolmentId, int questionsPerAttempt, int timeLimitMinutes, int passPercent,
			int attemptsAllowed, boolean lecturesComplete, boolean canStart, @Nullable Long openAttemptId,
			List<AttemptSummary> attempts, @Nullable Instant startsAt, @Nullable Instant closesAt, boolean windowOpen) {
	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	record AttemptSummary(long attemptId, int attemptNumber, QuizAttempt.Status status, Instant startedAt,
			@Nullable Instant closedAt, @Nullable Integer scorePercent, @Nullable Boolean passed) {
	}

	static AttemptResponse attempt(AttemptState state) {
		QuizAttempt attempt = state.attempt();
		List<AttemptQuestion> drawn = attempt.getQuestions();
		List<QuestionResponse> questions = drawn.stream().map(q -> question(q, state.versionOf(q))).toList();
		int answered = (int) drawn.stream().filter(AttemptQuestion::isAnswered).count();
		return new AttemptResponse(attempt.getId(), attempt.getEnrolmentId(), attempt.getExamId(),
				attempt.getAttemptNumber(), attempt.getStatus(), attempt.getStartedAt(), attempt.getDeadlineAt(),
				attempt.secondsLeftAt(state.now()), answered, questions, attempt.isClosed() ? result(state) : null);
	}

	static AnswerResponse answer(SavedAnswer saved) {
		return new AnswerResponse(saved.question().getQuestionId(), saved.question().selectedShown(), saved.now(),
				saved.attempt().secondsLeftAt(saved.now()));
	}

	static OverviewResponse overview(long enrolmentId, Overview overview) {
		Long open = overview.attempts()
			.stream()
			.filter(a -> !a.isClosed())
			.map(QuizAttempt::getId)
			.findFirst()
			.orElse(null);
		return new OverviewResponse(enrolmentId, overview.policy().getQuestionsPerAttempt(),
				overview.policy().getTimeLimitMinutes(), overview.policy().getPassPercent(),
				overview.policy().getAttemptsAllowed(), overview.lecturesComplete(), overview.canStart(), open,
				overview.attempts()
					.stream()
					.map(a -> new AttemptSummary(a.getId(), a.getAttemptNumber(), a.getStatus(), a.getStartedAt(),
							a.getClosedAt(), a.getScorePercent(), a.isClosed() ? a.isPassed() : null))
					.toList(),
				overview.startsAt(), overview.closesAt(), overview.windowOpen());
	}

	private static QuestionResponse question(AttemptQuestion drawn, QuestionVersion version) {
		List<String> options = drawn.optionOrder()
			.stream()
			.map(position -> version.getOptions().get(position).getText())
			.toList();
		return new QuestionResponse(drawn.getQuestionId(), drawn.getPosition() + 1, version.getStem(),
				version.getImage(), version.isMultipleCorrect(), options, drawn.selectedShown());
	}

	private static <T> T closed(@Nullable T graded) {
		return Objects.requireNonNull(graded, "a closed attempt is graded");
	}

	private static ResultResponse result(AttemptState state) {
		QuizAttempt attempt = state.attempt();
		List<AttemptQuestion> drawn = attempt.getQuestions();
		ReviewPolicy review = attempt.getReview();
		List<Long> wrong = review == ReviewPolicy.SCORE_ONLY ? null
				: drawn.stream()
					.filter(q -> !Boolean.TRUE.equals(q.getCorrect()))
					.map(AttemptQuestion::getQuestionId)
					.toList();
		List<ReviewItem> items = review != ReviewPolicy.FULL ? null : drawn.stream().map(q -> {
			QuestionVersion version = state.versionOf(q);
			List<Integer> order = q.optionOrder();
			return new ReviewItem(q.getQuestionId(),
					version.correctPositions().stream().map(order::indexOf).sorted().toList(),
					version.getExplanation());
		}).toList();
		return new ResultResponse(closed(attempt.getCorrectCount()), drawn.size(), closed(attempt.getScorePercent()),
				attempt.getPassPercent(), attempt.isPassed(), closed(attempt.getClosedAt()),
				attempt.getStatus() == QuizAttempt.Status.EXPIRED, wrong, items);
	}

}
