package vn.hocso.quiz.domain;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.jspecify.annotations.Nullable;

import vn.hocso.platform.ProblemException;

/**
 * A course's quiz rules. A course without a stored policy uses the plan's defaults: 20
 * questions of a bank of 100, 30 minutes, pass at 50 %, 2 attempts, afterwards only which
 * answers were wrong.
 */
@Entity
@Table(name = "quiz_policy")
public class QuizPolicy {

	@Id
	@Column(name = "course_id")
	private long courseId;

	@Column(name = "questions_per_attempt", nullable = false)
	private int questionsPerAttempt = 20;

	@Column(name = "expected_bank_size", nullable = false)
	private int expectedBankSize = 100;

	/** "topic=count;topic=count", in the author's order; null for none. */
	@Column(name = "topic_quotas", length = 2000)
	private @Nullable String topicQuotas;

	@Column(name = "time_limit_minutes", nullable = false)
	private int timeLimitMinutes = 30;

	@Column(name = "pass_percent", nullable = false)
	private int passPercent = 50;

	@Column(name = "attempts_allowed", nullable = false)
	private int attemptsAllowed = 2;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 32)
	private ReviewPolicy review = ReviewPolicy.WRONG_ONLY;

	@Version
	private @Nullable Long version;

	protected QuizPolicy() {
	}

	public static QuizPolicy defaultsFor(long courseId) {
		QuizPolicy policy = new QuizPolicy();
		policy.courseId = courseId;
		return policy;
	}

	public void change(int questionsPerAttempt, int expectedBankSize, Map<String, Integer> quotas, int timeLimitMinutes,
			int passPercent, int attemptsAllowed, ReviewPolicy review) {
		int quotaSum = quotas.values().stream().mapToInt(Integer::intValue).sum();
		if (questionsPerAttempt < 1 || questionsPerAttempt > 200 || expectedBankSize < questionsPerAttempt
				|| quotas.values().stream().anyMatch(q -> q < 0) || quotaSum > questionsPerAttempt) {
			throw ProblemException.badRequest("quiz.policy-invalid-counts");
		}
		if (timeLimitMinutes < 1 || timeLimitMinutes > 600 || passPercent < 1 || passPercent > 100
				|| attemptsAllowed < 1 || attemptsAllowed > 20) {
			throw ProblemException.badRequest("quiz.policy-invalid-limits");
		}
		this.questionsPerAttempt = questionsPerAttempt;
		this.expectedBankSize = expectedBankSize;
		this.topicQuotas = quotas.isEmpty() ? null
				: quotas.entrySet()
					.stream()
					.map(e -> e.getKey().strip().replace("=", "").replace(";", "") + "=" + e.getValue())
					.collect(Collectors.joining(";"));
		this.timeLimitMinutes = timeLimitMinutes;
		this.passPercent = passPercent;
		this.attemptsAllowed = attemptsAllowed;
		this.review = review;
	}

	public Map<String, Integer> quotas() {
		Map<String, Integer> quotas = new LinkedHashMap<>();
		if (topicQuotas != null) {
			for (String pair : topicQuotas.split(";")) {
				int eq = pair.lastIndexOf('=');
				quotas.put(pair.substring(0, eq), Integer.parseInt(pair.substring(eq + 1)));
			}
		}
		return quotas;
	}

	public boolean passes(int correct, int total) {
		return total > 0 && correct * 100L >= (long) passPercent * total;
	}

	public long getCourseId() {
		return courseId;
	}

	public int getQuestionsPerAttempt() {
		return questionsPerAttempt;
	}

	public int getExpectedBankSize() {
		return expectedBankSize;
	}

	public int getTimeLimitMinutes() {
		return timeLimitMinutes;
	}

	public int getPassPercent() {
		return passPercent;
	}

	public int getAttemptsAllowed() {
		return attemptsAllowed;
	}

	public ReviewPolicy getReview() {
		return review;
	}

}
