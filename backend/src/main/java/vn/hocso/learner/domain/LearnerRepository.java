package vn.hocso.learner.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface LearnerRepository extends JpaRepository<Learner, Long>, JpaSpecificationExecutor<Learner> {

	boolean existsByCitizenId(String citizenId);

	Optional<Learner> findByCitizenId(String citizenId);

	boolean existsByCitizenIdAndIdNot(String citizenId, long id);

	List<Learner> findByStatusAndUnitPathStartingWithOrderById(LearnerStatus status, String unitPathPrefix);

	List<Learner> findByUnitIdAndStatus(long unitId, LearnerStatus status);

	@Query("select l.id, l.position from Learner l where l.status = vn.hocso.learner.domain.LearnerStatus.ACTIVE"
			+ " and l.unitPath like concat(:prefix, '%') and l.position is not null")
	List<Object[]> activePositionsUnder(String prefix);

	/**
	 * The keys an imported row is matched on, for every learner under a path prefix: one
	 * query per import.
	 */
	@Query("select new vn.hocso.learner.domain.LearnerRepository$MatchKey(l.id, l.citizenId, l.searchName, l.dateOfBirth, l.unitId, l.unitPath, l.status)"
			+ " from Learner l where l.unitPath like concat(:prefix, '%')")
	List<MatchKey> matchKeysUnder(String prefix);

	@Query("select new vn.hocso.learner.domain.LearnerRepository$MatchKey(l.id, l.citizenId, l.searchName, l.dateOfBirth, l.unitId, l.unitPath, l.status)"
			+ " from Learner l where l.citizenId in :citizenIds")
	List<MatchKey> matchKeysByCitizenId(Collection<String> citizenIds);

	@Query("select l.unitId, l.category, count(l) from Learner l where l.status = vn.hocso.learner.domain.LearnerStatus.ACTIVE"
			+ " and l.unitPath like concat(:prefix, '%') group by l.unitId, l.category")
	List<Object[]> countActiveByUnitAndCategory(String prefix);

	/**
	 * Rewrites the copied unit paths after a subtree moved: one statement, whatever the
	 * number of learners.
	 */
	@Modifying(flushAutomatically = true)
	@Query("update Learner l set l.unitPath = concat(:newPath, substring(l.unitPath, :keepFrom))"
			+ " where l.unitPath like concat(:oldPath, '%')")
	int rewriteUnitPaths(String oldPath, String newPath, int keepFrom);

	record MatchKey(long id, @Nullable String citizenId, String searchName, @Nullable LocalDate dateOfBirth,
			long unitId, String unitPath, LearnerStatus status) {
	}

}
