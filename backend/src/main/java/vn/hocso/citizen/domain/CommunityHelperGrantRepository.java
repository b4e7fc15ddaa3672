package vn.hocso.citizen.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface CommunityHelperGrantRepository extends JpaRepository<CommunityHelperGrant, Long> {

	Optional<CommunityHelperGrant> findByActiveLearnerId(long learnerId);

	Optional<CommunityHelperGrant> findFirstByHelperUsernameAndRevokedAtIsNull(String helperUsername);

	List<CommunityHelperGrant> findByCommuneUnitIdAndRevokedAtIsNullOrderByGrantedAtAsc(long communeUnitId);

}
