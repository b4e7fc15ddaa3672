package vn.hocso.exam.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface ExamResultRepository extends JpaRepository<ExamResult, Long> {

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select r from ExamResult r where r.examId = :examId and r.learnerId = :learnerId")
	Optional<ExamResult> findLocked(long examId, long learnerId);

	Optional<ExamResult> findByExamIdAndLearnerId(long examId, long learnerId);

	List<ExamResult> findByExamId(long examId);

	List<ExamResult> findByExamIdIn(Collection<Long> examIds);

	List<ExamResult> findByExamIdAndLearnerIdIn(long examId, Collection<Long> learnerIds);

}
