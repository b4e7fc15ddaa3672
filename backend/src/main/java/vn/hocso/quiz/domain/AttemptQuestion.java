package vn.hocso.quiz.domain;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;

/**
 * One drawn question of an attempt: the exact version drawn, the order its options are
 * shown in, and the learner's answer, kept as authored positions (what is shown is only
 * an order).
 */
@Entity
@Table(name = "quiz_attempt_question")
public class AttemptQuestion {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "quiz_attempt_question_seq")
	@SequenceGenerator(name = "quiz_attempt_question_seq", sequenceName = "quiz_attempt_question_seq",
			allocationSize = 50)
	private @Nullable Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "attempt_id")
	private QuizAttempt attempt;

	@Column(nullable = false)
	private int position;

	@Column(name = "question_id", nullable = false)
	private long questionId;

	@Column(name = "question_version_id", nullable = false)
	private long questionVersionId;

	/** Authored positions in the order shown, e.g. "2,0,3,1". */
	@Column(name = "option_order", nullable = false, length = 64)
	private String optionOrder;

	/** Authored positions selected, ascending, e.g. "0,3"; null when unanswered. */
	@Column(length = 64)
	private @Nullable String selected;

	@Column(name = "answered_at")
	private @Nullable Instant answeredAt;

	@Column
	private @Nullable Boolean correct;

	@SuppressWarnings("NullAway.Init") // JPA sets the attempt
	protected AttemptQuestion() {
		this.optionOrder = "";
	}

	AttemptQuestion(QuizAttempt attempt, int position, long questionId, long questionVersionId,
			List<Integer> optionOrder) {
		this.attempt = attempt;
		this.position = position;
		this.questionId = questionId;
		this.questionVersionId = questionVersionId;
		this.optionOrder = optionOrder.stream().map(String::valueOf).collect(Collectors.joining(","));
	}

	public List<Integer> optionOrder() {
		return Arrays.stream(optionOrder.split(",")).map(Integer::valueOf).toList();
	}

	/** The selection as the learner sees it: indexes into the shown order. */
	public List<Integer> selectedShown() {
		List<Integer> order = optionOrder();
		return selectedAuthored().stream().map(order::indexOf).sorted().toList();
	}

	public Set<Integer> selectedAuthored() {
		if (selected == null || selected.isEmpty()) {
			return Set.of();
		}
		return Arrays.stream(selected.split(",")).map(Integer::valueOf).collect(Collectors.toCollection(TreeSet::new));
	}

	/**
	 * Records the options chosen, as indexes into the shown order; returns false when out
	 * of range.
	 */
	boolean answer(Set<Integer> shownIndexes, Instant at) {
		List<Integer> order = optionOrder();
		if (shownIndexes.stream().anyMatch(i -> i < 0 || i >= order.size())) {
			return false;
		}
		this.selected = shownIndexes.stream()
			.map(order::get)
			.sorted()
			.map(String::valueOf)
			.collect(Collectors.joining(","));
		this.answeredAt = at;
		return true;
	}

	void grade(QuestionVersion version) {
		this.correct = isAnswered() && version.isAnsweredCorrectlyBy(selectedAuthored());
	}

	boolean belongsTo(QuizAttempt owner) {
		return attempt == owner || (attempt != null && attempt.getId().equals(owner.getId()));
	}

	public boolean isAnswered() {
		return selected != null && !selected.isEmpty();
	}

	public int getPosition() {
		return position;
	}

	public long getQuestionId() {
		return questionId;
	}

	public long getQuestionVersionId() {
		return questionVersionId;
	}

	public @Nullable Instant getAnsweredAt() {
		return answeredAt;
	}

	public @Nullable Boolean getCorrect() {
		return correct;
	}

}
