package vn.hocso.exam.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ExamRepository extends JpaRepository<Exam, Long> {

	List<Exam> findAllByOrderByOpensAtDescIdDesc();

	Optional<Exam> findByCode(String code);

	List<Exam> findByPopulationOrderByOpensAtDescIdDesc(ExamPopulation population);

	List<Exam> findByIdInOrderByOpensAtDescIdDesc(Collection<Long> ids);

}
