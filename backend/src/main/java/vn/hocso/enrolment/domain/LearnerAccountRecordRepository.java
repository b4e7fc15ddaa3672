package vn.hocso.enrolment.domain;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface LearnerAccountRecordRepository extends JpaRepository<LearnerAccountRecord, Long> {

	Optional<LearnerAccountRecord> findByUsername(String username);

}
