package vn.hocso.exam.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.hocso.exam.domain.ExamTaking;
import vn.hocso.exam.domain.ExamTaking.MyExam;
import vn.hocso.exam.web.ExamViews.AttemptView;
import vn.hocso.exam.web.ExamViews.MyExamView;
import vn.hocso.quiz.ExamSittings.Sitting;

/**
 * The learner's exams. An exam they are not a candidate of is a 404. Answers and the
 * submit go to the quiz's attempt endpoints ({@code /api/quiz-attempts/{attemptId}…}).
 */
@RestController
@Tag(name = "Exams")
class MyExamController {

	private final ExamTaking taking;

	MyExamController(ExamTaking taking) {
		this.taking = taking;
	}

	@GetMapping("/api/me/exams")
	@Operation(summary = "The exams the calling learner is a candidate of, with their attempts")
	List<MyExamView> mine() {
		return taking.mine().stream().map(MyExamController::view).toList();
	}

	@GetMapping("/api/me/exams/{id}")
	@Operation(summary = "One of the caller's exams: terms, attempts, whether one may start now")
	MyExamView one(@PathVariable long id) {
		return view(taking.mine(id));
	}

	@PostMapping("/api/me/exams/{id}/attempts")
	@Operation(
			summary = "Start an attempt (or return the open one) within the window; 409 outside it or with no attempt left")
	AttemptView start(@PathVariable long id) {
		return attempt(taking.start(id));
	}

	private static MyExamView view(MyExam mine) {
		var exam = mine.exam();
		return new MyExamView(exam.getId(), exam.getTitle(), exam.getOpensAt(), exam.getClosesAt(),
				exam.getAttemptsAllowed(), exam.getPassPercent(), exam.getQuestionCount(), exam.getTimeLimitMinutes(),
				exam.isOpenAt(mine.now()), mine.passed(), mine.canStart(),
				mine.open().map(Sitting::attemptId).orElse(null),
				mine.attempts().stream().map(MyExamController::attempt).toList());
	}

	private static AttemptView attempt(Sitting sitting) {
		return new AttemptView(sitting.attemptId(), sitting.attemptNumber(), sitting.startedAt(), sitting.deadline(),
				sitting.closed(), sitting.closedAt(), sitting.scorePercent(),
				sitting.closed() ? sitting.passed() : null);
	}

}
