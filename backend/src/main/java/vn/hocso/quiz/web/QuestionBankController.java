package vn.hocso.quiz.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import vn.hocso.quiz.domain.Difficulty;
import vn.hocso.quiz.domain.QuestionBank;
import vn.hocso.quiz.domain.QuestionBank.BankQuestion;
import vn.hocso.quiz.domain.QuestionContent;
import vn.hocso.quiz.domain.QuizPolicies;
import vn.hocso.quiz.domain.QuizPolicy;
import vn.hocso.quiz.domain.ReviewPolicy;

/**
 * The ADMIN's side: a course's question bank and quiz policy. Courses are province-wide.
 */
@RestController
@PreAuthorize("hasRole('ADMIN')")
@Tag(name = "Question banks")
class QuestionBankController {

	private final QuestionBank bank;

	private final QuizPolicies policies;

	QuestionBankController(QuestionBank bank, QuizPolicies policies) {
		this.bank = bank;
		this.policies = policies;
	}

	record OptionBody(@NotBlank @Size(max = 2000) String text, boolean correct) {
	}

	record QuestionBody(@NotBlank @Size(max = 255) String topic, @NotNull Difficulty difficulty,
			@NotBlank @Size(max = 4000) String stem, @Nullable String image,
			@NotNull @Size(min = 2, max = 6) List<@Valid OptionBody> options,
			@Nullable @Size(max = 4000) String explanation) {

		QuestionContent content() {
			return new QuestionContent(topic, difficulty, stem, image,
					options.stream().map(o -> new QuestionContent.Option(o.text(), o.correct())).toList(), explanation);
		}

	}

	@Schema(name = "BankQuestionResponse")
	record QuestionResponse(long questionId, int version, String topic, Difficulty difficulty, String stem,
			@Nullable String image, boolean multiple, List<OptionBody> options, @Nullable String explanation) {

		static QuestionResponse of(BankQuestion question) {
			QuestionContent content = question.current().content();
			return new QuestionResponse(question.question().getId(), question.current().getNumber(), content.topic(),
					content.difficulty(), content.stem(), content.image(), content.multipleCorrect(),
					content.options().stream().map(o -> new OptionBody(o.text(), o.correct())).toList(),
					content.explanation());
		}

	}

	record BankResponse(long courseId, int size, int expectedSize, Map<String, Long> perTopic,
			List<QuestionResponse> questions) {
	}

	record PolicyBody(int questionsPerAttempt, int expectedBankSize, @Nullable Map<String, Integer> topicQuotas,
			int timeLimitMinutes, int passPercent, int attemptsAllowed, @NotNull ReviewPolicy review) {

		static PolicyBody of(QuizPolicy policy) {
			return new PolicyBody(policy.getQuestionsPerAttempt(), policy.getExpectedBankSize(), policy.quotas(),
					policy.getTimeLimitMinutes(), policy.getPassPercent(), policy.getAttemptsAllowed(),
					policy.getReview());
		}

	}

	@GetMapping("/api/courses/{courseId}/quiz/questions")
	@Operation(summary = "A course's question bank: current versions with their keys and explanations")
	BankResponse questions(@PathVariable long courseId) {
		List<BankQuestion> questions = bank.of(courseId);
		Map<String, Long> perTopic = new LinkedHashMap<>();
		questions.forEach(q -> perTopic.merge(q.current().getTopic(), 1L, Long::sum));
		return new BankResponse(courseId, questions.size(), policies.of(courseId).getExpectedBankSize(), perTopic,
				questions.stream().map(QuestionResponse::of).toList());
	}

	@PostMapping("/api/courses/{courseId}/quiz/questions")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Add a question to a course's bank (duplicates refused)")
	QuestionResponse add(@PathVariable long courseId, @Valid @RequestBody QuestionBody body) {
		return QuestionResponse.of(bank.add(courseId, body.content()));
	}

	@PutMapping("/api/quiz/questions/{questionId}")
	@Operation(summary = "Edit a question: stored as a new version; attempts keep the version they drew")
	QuestionResponse edit(@PathVariable long questionId, @Valid @RequestBody QuestionBody body) {
		return QuestionResponse.of(bank.edit(questionId, body.content()));
	}

	@DeleteMapping("/api/quiz/questions/{questionId}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Retire a question: no longer drawn; attempts that drew it still grade against it")
	void retire(@PathVariable long questionId) {
		bank.retire(questionId);
	}

	@GetMapping("/api/courses/{courseId}/quiz/policy")
	@Operation(summary = "A course's quiz policy (defaults when none was set)")
	PolicyBody policy(@PathVariable long courseId) {
		return PolicyBody.of(policies.of(courseId));
	}

	@PutMapping("/api/courses/{courseId}/quiz/policy")
	@Operation(summary = "Change a course's quiz policy; applies to attempts started afterwards")
	PolicyBody changePolicy(@PathVariable long courseId, @Valid @RequestBody PolicyBody body) {
		return PolicyBody.of(policies.change(courseId, body.questionsPerAttempt(), body.expectedBankSize(),
				body.topicQuotas() == null ? Map.of() : body.topicQuotas(), body.timeLimitMinutes(), body.passPercent(),
				body.attemptsAllowed(), body.review()));
	}

}
