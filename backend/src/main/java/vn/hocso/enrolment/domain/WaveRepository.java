package vn.hocso.enrolment.domain;

import org.springframework.data.jpa.repository.JpaRepository;

public interface WaveRepository extends JpaRepository<Wave, Long> {

	java.util.Optional<Wave> findByOpenCourseId(long openCourseId);

	java.util.List<Wave> findByOpenCourseIdIsNotNullOrderByIdAsc();

	java.util.Optional<Wave> findFirstByNameAndCourseIdOrderByIdAsc(String name, long courseId);

}
