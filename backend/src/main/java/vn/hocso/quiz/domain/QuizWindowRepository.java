package vn.hocso.quiz.domain;

import org.springframework.data.jpa.repository.JpaRepository;

public interface QuizWindowRepository extends JpaRepository<QuizWindow, Long> {

}
