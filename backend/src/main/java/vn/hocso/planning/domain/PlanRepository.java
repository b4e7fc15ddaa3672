package vn.hocso.planning.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface PlanRepository extends JpaRepository<Plan, Long> {

	List<Plan> findAllByOrderByIssuedOnDescIdAsc();

	Optional<Plan> findByNumberAndIssuer(String number, String issuer);

}
