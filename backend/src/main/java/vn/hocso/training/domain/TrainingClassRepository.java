package vn.hocso.training.domain;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface TrainingClassRepository extends JpaRepository<TrainingClass, Long> {

	List<TrainingClass> findByProgrammeIdOrderByStartDateAscIdAsc(long programmeId);

	@Query("select c from TrainingClass c join c.teachers t where t = ?1 order by c.startDate, c.id")
	List<TrainingClass> findTaughtBy(String username);

	long countByProgrammeId(long programmeId);

}
