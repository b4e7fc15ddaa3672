package vn.hocso.quiz.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface QuizAttemptRepository extends JpaRepository<QuizAttempt, Long> {

	List<QuizAttempt> findByEnrolmentIdOrderByAttemptNumberAsc(long enrolmentId);

	List<QuizAttempt> findByEnrolmentIdInOrderByAttemptNumberAsc(List<Long> enrolmentIds);

	List<QuizAttempt> findByExamIdAndLearnerUsernameOrderByAttemptNumberAsc(long examId, String learnerUsername);

	/**
	 * The attempt, row-locked: answers, the submit and the sweep on one attempt take
	 * turns.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select a from QuizAttempt a where a.id = :id")
	Optional<QuizAttempt> findLocked(long id);

	@Query("select a.id from QuizAttempt a where a.status = vn.hocso.quiz.domain.QuizAttempt.Status.OPEN and a.deadlineAt < :before order by a.deadlineAt")
	List<Long> openWithDeadlineBefore(Instant before, Limit limit);

}
