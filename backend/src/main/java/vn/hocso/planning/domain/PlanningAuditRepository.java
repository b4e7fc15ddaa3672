package vn.hocso.planning.domain;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface PlanningAuditRepository extends JpaRepository<PlanningAuditEntry, Long> {

	List<PlanningAuditEntry> findBySubjectAndSubjectIdOrderByRecordedAtAscIdAsc(String subject, long subjectId);

}
