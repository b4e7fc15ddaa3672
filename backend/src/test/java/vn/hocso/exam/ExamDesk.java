package vn.hocso.exam;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;

import com.jayway.jsonpath.JsonPath;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.hocso.quiz.domain.Difficulty;
import vn.hocso.quiz.domain.QuestionBank;
import vn.hocso.quiz.domain.QuestionContent;
import vn.hocso.quiz.domain.QuestionContent.Option;
import vn.hocso.testing.AsCaller;

/**
 * Sitting exams through HTTP as a learner would: start, read the questions, answer a
 * chosen number of them correctly (the fixtures' correct option reads "Đúng …"), submit.
 */
public final class ExamDesk {

	private final MockMvc mvc;

	public ExamDesk(MockMvc mvc) {
		this.mvc = mvc;
	}

	/** A bank of 40 questions under a fresh course id; returns the id. */
	public static long bank(QuestionBank bank, long courseId) {
		List<QuestionContent> questions = new ArrayList<>();
		for (int i = 1; i <= 40; i++) {
			questions.add(new QuestionContent("Kỹ năng số", Difficulty.MEDIUM, "Câu hỏi sát hạch số " + i + "?", null,
					List.of(new Option("Đúng " + i, true), new Option("Sai B " + i, false),
							new Option("Sai C " + i, false)),
					"Giải thích " + i));
		}
		AsCaller.signIn("demo.admin", "NA", "ADMIN");
		try {
			bank.addAll(courseId, questions);
		}
		finally {
			AsCaller.signOut();
		}
		return courseId;
	}

	public ResultActions start(RequestPostProcessor learner, long examId) throws Exception {
		return mvc.perform(MockMvcRequestBuilders.post("/api/me/exams/" + examId + "/attempts").with(learner));
	}

	/**
	 * Starts, answers {@code correct} questions right and the rest wrong, submits;
	 * returns the result JSON.
	 */
	public String sit(RequestPostProcessor learner, long examId, int correct) throws Exception {
		long attemptId = ((Number) JsonPath.read(
				start(learner, examId).andExpect(status().isOk()).andReturn().getResponse().getContentAsString(),
				"$.attemptId"))
			.longValue();
		String attempt = mvc.perform(MockMvcRequestBuilders.get("/api/quiz-attempts/" + attemptId).with(learner))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		List<Integer> ids = JsonPath.read(attempt, "$.questions[*].questionId");
		for (int i = 0; i < ids.size(); i++) {
			List<String> options = JsonPath.read(attempt, "$.questions[" + i + "].options");
			int right = 0;
			while (!options.get(right).startsWith("Đúng")) {
				right++;
			}
			int chosen = i < correct ? right : (right + 1) % options.size();
			mvc.perform(MockMvcRequestBuilders.put("/api/quiz-attempts/" + attemptId + "/answers/" + ids.get(i))
				.with(learner)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"selected\":[" + chosen + "]}")).andExpect(status().isOk());
		}
		return mvc.perform(MockMvcRequestBuilders.post("/api/quiz-attempts/" + attemptId + "/submit").with(learner))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	/** An exam created by this caller; returns its id. */
	public long create(RequestPostProcessor staff, String json) throws Exception {
		String body = mvc
			.perform(MockMvcRequestBuilders.post("/api/exams")
				.with(staff)
				.contentType(MediaType.APPLICATION_JSON)
				.content(json))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return ((Number) JsonPath.read(body, "$.id")).longValue();
	}

	public static String exam(String title, long courseId, String population, String positions, long unitId,
			String opensAt, String closesAt) {
		return """
				{"title":"%s","bankCourseId":%d,"population":"%s","positions":%s,"unitId":%d,
				 "opensAt":"%s","closesAt":"%s","attemptsAllowed":2,"passPercent":60,"questionCount":10,
				 "timeLimitMinutes":15,"certificate":false}
				""".formatted(title, courseId, population, positions, unitId, opensAt, closesAt);
	}

}
