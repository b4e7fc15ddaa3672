package vn.hocso.course.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CourseRepository extends JpaRepository<Course, Long> {

	Optional<Course> findByCode(String code);

	boolean existsByCode(String code);

	List<Course> findAllByOrderByCodeAsc();

}
