package vn.hocso.citizen.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface CitizenRepository extends JpaRepository<Citizen, Long> {

	Optional<Citizen> findByUsername(String username);

	List<Citizen> findByAssistedByAndCommuneUnitIdOrderByRegisteredAtDesc(String assistedBy, long communeUnitId);

}
