package vn.hocso.training.domain;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ProgrammeRepository extends JpaRepository<TrainingProgramme, Long> {

	List<TrainingProgramme> findAllByOrderByPeriodStartDescIdDesc();

	List<TrainingProgramme> findByFinalExamId(long finalExamId);

}
