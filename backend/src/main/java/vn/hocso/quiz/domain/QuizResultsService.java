package vn.hocso.quiz.domain;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.hocso.quiz.QuizResults;

@Service
@Transactional(readOnly = true)
class QuizResultsService implements QuizResults {

	private static final int CHUNK = 1000;

	private final QuizAttemptRepository attempts;

	QuizResultsService(QuizAttemptRepository attempts) {
		this.attempts = attempts;
	}

	@Override
	public Map<Long, Result> of(Collection<Long> enrolmentIds) {
		List<Long> ids = List.copyOf(enrolmentIds);
		Map<Long, Result> results = new HashMap<>();
		for (int from = 0; from < ids.size(); from += CHUNK) {
			// Chunked: PostgreSQL limits the parameters of one statement.
			attempts.findByEnrolmentIdInOrderByAttemptNumberAsc(ids.subList(from, Math.min(ids.size(), from + CHUNK)))
				.stream()
				.collect(Collectors.groupingBy(QuizAttempt::getEnrolmentId))
				.forEach((enrolmentId, list) -> results.put(enrolmentId, result(enrolmentId, list)));
		}
		return results;
	}

	private static Result result(long enrolmentId, List<QuizAttempt> list) {
		Optional<QuizAttempt> best = list.stream()
			.filter(QuizAttempt::isClosed)
			.max(Comparator.comparing(a -> a.getScorePercent() == null ? -1 : a.getScorePercent()));
		Optional<QuizAttempt> passed = list.stream().filter(QuizAttempt::isPassed).findFirst();
		return new Result(enrolmentId, list.size(), best.map(QuizAttempt::getScorePercent).orElse(null),
				passed.isPresent(), passed.map(QuizAttempt::getClosedAt).orElse(null));
	}

}
