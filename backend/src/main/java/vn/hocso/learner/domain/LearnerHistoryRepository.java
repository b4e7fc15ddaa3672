package vn.hocso.learner.domain;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface LearnerHistoryRepository extends JpaRepository<LearnerHistory, Long> {

	List<LearnerHistory> findByLearnerIdOrderByRecordedAtAscIdAsc(long learnerId);

}
