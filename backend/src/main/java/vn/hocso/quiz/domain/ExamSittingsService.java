package vn.hocso.quiz.domain;

import java.util.List;

import org.springframework.stereotype.Service;

import vn.hocso.quiz.ExamSittings;

@Service
class ExamSittingsService implements ExamSittings {

	private final QuizAttempts attempts;

	ExamSittingsService(QuizAttempts attempts) {
		this.attempts = attempts;
	}

	@Override
	public Sitting start(Terms terms) {
		return sitting(attempts.startExam(terms));
	}

	@Override
	public List<Sitting> of(long examId, String learnerUsername) {
		return attempts.ofExam(examId, learnerUsername).stream().map(ExamSittingsService::sitting).toList();
	}

	@Override
	public int drawableQuestions(long bankCourseId) {
		return attempts.drawableQuestions(bankCourseId);
	}

	private static Sitting sitting(QuizAttempt attempt) {
		Long examId = attempt.getExamId();
		if (examId == null) {
			throw new IllegalStateException("attempt " + attempt.getId() + " is a final quiz's");
		}
		return new Sitting(attempt.getId(), examId, attempt.getLearnerUsername(), attempt.getAttemptNumber(),
				attempt.getStartedAt(), attempt.getDeadlineAt(), attempt.isClosed(), attempt.getClosedAt(),
				attempt.getScorePercent(), attempt.isPassed());
	}

}
