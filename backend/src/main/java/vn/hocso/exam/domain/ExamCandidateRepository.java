package vn.hocso.exam.domain;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ExamCandidateRepository extends JpaRepository<ExamCandidate, Long> {

	boolean existsByExamIdAndLearnerId(long examId, long learnerId);

	@Query("select c.learnerId from ExamCandidate c where c.examId = :examId")
	List<Long> learnerIdsOf(long examId);

	@Query("select c.examId from ExamCandidate c where c.learnerId = :learnerId")
	List<Long> examIdsOf(long learnerId);

}
