package vn.hocso.quiz.web;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import vn.hocso.quiz.domain.QuizAttempts;
import vn.hocso.quiz.web.AttemptResponses.AnswerResponse;
import vn.hocso.quiz.web.AttemptResponses.AttemptResponse;
import vn.hocso.quiz.web.AttemptResponses.OverviewResponse;

/**
 * The learner's side of the final quiz. Another learner's attempt or enrolment is a 404.
 */
@RestController
@Tag(name = "Final quiz")
class QuizAttemptController {

	private final QuizAttempts attempts;

	QuizAttemptController(QuizAttempts attempts) {
		this.attempts = attempts;
	}

	record AnswerRequest(@NotNull @Size(max = 6) List<Integer> selected) {
	}

	@GetMapping("/api/enrolments/{enrolmentId}/quiz")
	@Operation(
			summary = "The caller's final quiz for an enrolment: policy, attempts and results, whether one may start")
	OverviewResponse overview(@PathVariable long enrolmentId) {
		return AttemptResponses.overview(enrolmentId, attempts.overview(enrolmentId));
	}

	@PostMapping("/api/enrolments/{enrolmentId}/quiz-attempts")
	@Operation(
			summary = "Start an attempt (or return the open one): questions drawn, options shuffled, deadline fixed; no answer key")
	AttemptResponse start(@PathVariable long enrolmentId) {
		return AttemptResponses.attempt(attempts.start(enrolmentId));
	}

	@GetMapping("/api/quiz-attempts/{attemptId}")
	@Operation(summary = "The attempt with the caller's saved answers and the seconds left; the result once closed")
	AttemptResponse attempt(@PathVariable long attemptId) {
		return AttemptResponses.attempt(attempts.view(attemptId));
	}

	@PutMapping("/api/quiz-attempts/{attemptId}/answers/{questionId}")
	@Operation(
			summary = "Save one answer (indexes of the options as shown); idempotent; refused after the deadline and grace period")
	AnswerResponse answer(@PathVariable long attemptId, @PathVariable long questionId,
			@Valid @RequestBody AnswerRequest request) {
		Set<Integer> selected = new TreeSet<>(request.selected());
		return AttemptResponses.answer(attempts.answer(attemptId, questionId, selected));
	}

	@PostMapping("/api/quiz-attempts/{attemptId}/submit")
	@Operation(summary = "Submit and grade the attempt; a second submit returns the same result")
	AttemptResponse submit(@PathVariable long attemptId) {
		return AttemptResponses.attempt(attempts.submit(attemptId));
	}

}
