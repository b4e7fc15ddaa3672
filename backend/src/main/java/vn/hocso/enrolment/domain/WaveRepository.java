package vn.hocso.enrolment.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface WaveRepository extends JpaRepository<Wave, Long> {

	Optional<Wave> findByOpenCourseId(long openCourseId);

	List<Wave> findByOpenCourseIdIsNotNullOrderByIdAsc();

	Optional<Wave> findFirstByNameAndCourseIdOrderByIdAsc(String name, long courseId);

}
