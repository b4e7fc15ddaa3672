package vn.hocso.planning.domain;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ReportedValueRepository extends JpaRepository<ReportedValue, Long> {

	List<ReportedValue> findByIndicatorIdOrderByReportedAtDesc(long indicatorId);

	List<ReportedValue> findByIndicatorIdAndStatusOrderByAsOfDescIdDesc(long indicatorId, ReportedValue.Status status);

}
