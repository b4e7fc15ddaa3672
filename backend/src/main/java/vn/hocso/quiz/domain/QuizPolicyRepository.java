package vn.hocso.quiz.domain;

import org.springframework.data.jpa.repository.JpaRepository;

public interface QuizPolicyRepository extends JpaRepository<QuizPolicy, Long> {

	default QuizPolicy forCourse(long courseId) {
		return findById(courseId).orElseGet(() -> QuizPolicy.defaultsFor(courseId));
	}

}
