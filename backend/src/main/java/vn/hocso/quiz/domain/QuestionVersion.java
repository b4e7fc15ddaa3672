package vn.hocso.quiz.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.Immutable;
import org.jspecify.annotations.Nullable;

/**
 * One wording of a question, never changed once stored: attempts point at versions, so
 * editing a question (a new version) leaves every attempt gradeable as it was taken.
 */
@Entity
@Immutable
@Table(name = "quiz_question_version")
public class QuestionVersion {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "quiz_question_version_seq")
	@SequenceGenerator(name = "quiz_question_version_seq", sequenceName = "quiz_question_version_seq",
			allocationSize = 50)
	private @Nullable Long id;

	@Column(name = "question_id", nullable = false)
	private long questionId;

	@Column(nullable = false)
	private int number;

	@Column(nullable = false)
	private String topic;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 16)
	private Difficulty difficulty;

	@Column(nullable = false, length = 4000)
	private String stem;

	@Column(columnDefinition = "CLOB")
	private @Nullable String image;

	@Column(length = 4000)
	private @Nullable String explanation;

	@Column(name = "multiple_correct", nullable = false)
	private boolean multipleCorrect;

	@Column(nullable = false, length = 64)
	private String fingerprint;

	// Batched: a cold cache reads a whole bank's options in one query, not one per
	// question.
	@BatchSize(size = 100)
	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "quiz_question_option", joinColumns = @JoinColumn(name = "question_version_id"))
	@OrderColumn(name = "position")
	private List<QuestionOption> options = new ArrayList<>();

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "created_by", nullable = false)
	private String createdBy;

	protected QuestionVersion() {
		this.topic = "";
		this.difficulty = Difficulty.MEDIUM;
		this.stem = "";
		this.fingerprint = "";
		this.createdAt = Instant.EPOCH;
		this.createdBy = "";
	}

	QuestionVersion(long questionId, int number, QuestionContent content, Instant createdAt, String createdBy) {
		this.questionId = questionId;
		this.number = number;
		this.topic = content.topic().strip();
		this.difficulty = content.difficulty();
		this.stem = content.stem().strip();
		this.image = content.image();
		this.explanation = content.explanation();
		this.multipleCorrect = content.multipleCorrect();
		this.fingerprint = content.fingerprint();
		this.options = new ArrayList<>(
				content.options().stream().map(o -> new QuestionOption(o.text().strip(), o.correct())).toList());
		this.createdAt = createdAt;
		this.createdBy = createdBy;
	}

	public QuestionContent content() {
		return new QuestionContent(topic, difficulty, stem, image,
				options.stream().map(o -> new QuestionContent.Option(o.getText(), o.isCorrect())).toList(),
				explanation);
	}

	/** Whether the selected options (authored positions) are exactly the correct ones. */
	public boolean isAnsweredCorrectlyBy(Set<Integer> selectedPositions) {
		for (int position = 0; position < options.size(); position++) {
			if (options.get(position).isCorrect() != selectedPositions.contains(position)) {
				return false;
			}
		}
		return true;
	}

	public List<Integer> correctPositions() {
		List<Integer> positions = new ArrayList<>();
		for (int position = 0; position < options.size(); position++) {
			if (options.get(position).isCorrect()) {
				positions.add(position);
			}
		}
		return positions;
	}

	public Long getId() {
		if (id == null) {
			throw new IllegalStateException("not stored yet");
		}
		return id;
	}

	public long getQuestionId() {
		return questionId;
	}

	public int getNumber() {
		return number;
	}

	public String getTopic() {
		return topic;
	}

	public Difficulty getDifficulty() {
		return difficulty;
	}

	public String getStem() {
		return stem;
	}

	public @Nullable String getImage() {
		return image;
	}

	public @Nullable String getExplanation() {
		return explanation;
	}

	public boolean isMultipleCorrect() {
		return multipleCorrect;
	}

	public String getFingerprint() {
		return fingerprint;
	}

	public List<QuestionOption> getOptions() {
		return List.copyOf(options);
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

}
