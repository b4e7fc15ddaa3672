package vn.hocso.organization.domain;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface OrgUnitChangeRepository extends JpaRepository<OrgUnitChange, Long> {

	List<OrgUnitChange> findByUnitIdOrderByRecordedAtAscIdAsc(long unitId);

}
