package vn.hocso.quiz;

import java.util.ArrayList;
import java.util.List;

import vn.hocso.quiz.domain.Difficulty;
import vn.hocso.quiz.domain.QuestionContent;
import vn.hocso.quiz.domain.QuestionContent.Option;

/**
 * Bank questions whose correct option reads "Đúng …" and whose explanation reads "GIẢI
 * THÍCH …", so tests can answer correctly from what a learner sees and spot any leak of
 * the key.
 */
final class QuizFixtures {

	static final String[] TOPICS = { "Chính quyền số", "Xã hội số", "Kinh tế số", "Kỹ năng số", "An toàn thông tin" };

	private QuizFixtures() {
	}

	static List<QuestionContent> bank(int perTopic) {
		List<QuestionContent> bank = new ArrayList<>();
		for (String topic : TOPICS) {
			for (int i = 1; i <= perTopic; i++) {
				bank.add(question(topic, i));
			}
		}
		return bank;
	}

	static QuestionContent question(String topic, int i) {
		return new QuestionContent(topic, Difficulty.MEDIUM, topic + ": câu hỏi số " + i + "?", null,
				List.of(new Option("Đúng " + topic + " " + i, true), new Option("Phương án B " + i, false),
						new Option("Phương án C " + i, false), new Option("Phương án D " + i, false)),
				"GIẢI THÍCH " + topic + " " + i);
	}

}
