package vn.hocso.quiz.demo;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;

import vn.hocso.quiz.domain.AttemptQuestion;
import vn.hocso.quiz.domain.QuestionBank;
import vn.hocso.quiz.domain.QuestionVersion;
import vn.hocso.quiz.domain.QuizAttempt;
import vn.hocso.quiz.domain.QuizAttempts;
import vn.hocso.quiz.domain.QuizAttempts.AttemptState;

/**
 * A demo learner passes the final quiz the way a learner does: signed in as them, an
 * attempt started, every drawn question answered correctly (as shown, options shuffled)
 * and submitted, so the quiz module grades it and completes the enrolment. The demo bank
 * is loaded first if it is not yet.
 */
@Component
public class DemoQuizPass {

	private final QuizAttempts attempts;

	private final QuestionBank bank;

	private final ObjectProvider<DemoQuizLoader> loader;

	DemoQuizPass(QuizAttempts attempts, QuestionBank bank, ObjectProvider<DemoQuizLoader> loader) {
		this.attempts = attempts;
		this.bank = bank;
		this.loader = loader;
	}

	/**
	 * Loads the demo bank (hocso.demo.quiz) if the course has none yet: its loader runs
	 * at start-up, which on a fresh database may be before the demo course exists. True
	 * when the course has a bank.
	 */
	public boolean ensureBank(long courseId) throws IOException {
		if (bank.of(courseId).isEmpty()) {
			DemoQuizLoader demoBank = loader.getIfAvailable();
			if (demoBank != null) {
				demoBank.seed();
			}
		}
		return !bank.of(courseId).isEmpty();
	}

	/**
	 * Returns the passed attempt's score, or null when the quiz cannot be passed (no
	 * bank, lectures missing…).
	 */
	public @Nullable Integer pass(long enrolmentId, long courseId, String learnerUsername, String unitCode)
			throws Exception {
		if (!ensureBank(courseId)) {
			return null;
		}
		Authentication previous = SecurityContextHolder.getContext().getAuthentication();
		signInAs(learnerUsername, unitCode);
		try {
			var overview = attempts.overview(enrolmentId);
			if (overview.completed() || overview.attempts().stream().anyMatch(QuizAttempt::isPassed)
					|| !overview.canStart()) {
				return null;
			}
			AttemptState state = attempts.start(enrolmentId);
			long attemptId = state.attempt().getId();
			for (AttemptQuestion question : state.attempt().getQuestions()) {
				QuestionVersion version = state.versionOf(question);
				List<Integer> order = question.optionOrder();
				Set<Integer> shown = version.correctPositions()
					.stream()
					.map(order::indexOf)
					.collect(Collectors.toSet());
				attempts.answer(attemptId, question.getQuestionId(), shown);
			}
			QuizAttempt graded = attempts.submit(attemptId).attempt();
			return graded.isPassed() ? graded.getScorePercent() : null;
		}
		finally {
			SecurityContextHolder.getContext().setAuthentication(previous);
		}
	}

	private static void signInAs(String username, String unitCode) {
		Jwt jwt = Jwt.withTokenValue("demo-learner")
			.header("alg", "none")
			.subject(username)
			.claim("preferred_username", username)
			.claim("name", username)
			.claim("org_unit", unitCode)
			.claim("realm_access", Map.of("roles", List.of("LEARNER")))
			.issuedAt(Instant.now())
			.expiresAt(Instant.now().plusSeconds(3600))
			.build();
		SecurityContextHolder.getContext()
			.setAuthentication(new JwtAuthenticationToken(jwt, List.of(new SimpleGrantedAuthority("ROLE_LEARNER"))));
	}

}
