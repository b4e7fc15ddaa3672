package vn.hocso.planning.domain;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface IndicatorRepository extends JpaRepository<Indicator, Long> {

	List<Indicator> findByPlanIdOrderByPositionAscIdAsc(long planId);

	List<Indicator> findByKind(IndicatorKind kind);

}
