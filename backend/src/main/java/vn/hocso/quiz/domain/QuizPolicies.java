package vn.hocso.quiz.domain;

import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading and changing a course's quiz policy; a change applies to attempts started
 * afterwards.
 */
@Service
@Transactional
public class QuizPolicies {

	private final QuizPolicyRepository policies;

	private final DrawableBanks drawable;

	QuizPolicies(QuizPolicyRepository policies, DrawableBanks drawable) {
		this.policies = policies;
		this.drawable = drawable;
	}

	@Transactional(readOnly = true)
	public QuizPolicy of(long courseId) {
		return policies.forCourse(courseId);
	}

	public QuizPolicy change(long courseId, int questionsPerAttempt, int expectedBankSize, Map<String, Integer> quotas,
			int timeLimitMinutes, int passPercent, int attemptsAllowed, ReviewPolicy review) {
		QuizPolicy policy = policies.forCourse(courseId);
		policy.change(questionsPerAttempt, expectedBankSize, quotas, timeLimitMinutes, passPercent, attemptsAllowed,
				review);
		drawable.forgetCourse(courseId);
		return policies.save(policy);
	}

}
