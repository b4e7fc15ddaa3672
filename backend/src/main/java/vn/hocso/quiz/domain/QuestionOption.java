package vn.hocso.quiz.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One option of a question version, at its authored position. */
@Embeddable
public class QuestionOption {

	@Column(nullable = false, length = 2000)
	private String text;

	@Column(nullable = false)
	private boolean correct;

	protected QuestionOption() {
		this.text = "";
	}

	public QuestionOption(String text, boolean correct) {
		this.text = text;
		this.correct = correct;
	}

	public String getText() {
		return text;
	}

	public boolean isCorrect() {
		return correct;
	}

}
