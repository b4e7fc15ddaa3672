package vn.hocso.training.domain;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface TrainingSessionRepository extends JpaRepository<TrainingSession, Long> {

	List<TrainingSession> findByClassIdOrderByStartsAtAscIdAsc(long classId);

	List<TrainingSession> findByClassIdIn(Collection<Long> classIds);

}
