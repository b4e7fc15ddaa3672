package vn.hocso.quiz.domain;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface QuestionRepository extends JpaRepository<Question, Long> {

	List<Question> findByCourseIdAndRetiredFalseOrderByIdAsc(long courseId);

	/** [questionId, currentVersionId] of the questions a draw may pick. */
	@Query("select q.id, q.currentVersionId from Question q where q.courseId = :courseId and q.retired = false and q.currentVersionId is not null")
	List<Object[]> drawableOf(long courseId);

}
