package vn.hocso.quiz.domain;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface QuestionVersionRepository extends JpaRepository<QuestionVersion, Long> {

	int countByQuestionId(long questionId);

	/**
	 * Fingerprints of the current versions of a course's live questions: what a new
	 * question must not repeat.
	 */
	@Query("select v.fingerprint from QuestionVersion v, Question q where q.currentVersionId = v.id and q.courseId = :courseId and q.retired = false")
	List<String> currentFingerprintsOf(long courseId);

	List<QuestionVersion> findByIdIn(Collection<Long> ids);

}
