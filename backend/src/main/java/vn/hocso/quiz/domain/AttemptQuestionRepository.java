package vn.hocso.quiz.domain;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface AttemptQuestionRepository extends JpaRepository<AttemptQuestion, Long> {

	/**
	 * One drawn question of an attempt (unique on attempt and question), without the
	 * other nineteen.
	 */
	@Query("select q from AttemptQuestion q where q.attempt.id = :attemptId and q.questionId = :questionId")
	Optional<AttemptQuestion> findInAttempt(long attemptId, long questionId);

}
