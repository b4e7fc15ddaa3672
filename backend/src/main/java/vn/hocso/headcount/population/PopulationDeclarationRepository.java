package vn.hocso.headcount.population;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import vn.hocso.headcount.domain.DeclarationStatus;

interface PopulationDeclarationRepository extends JpaRepository<PopulationDeclaration, Long> {

	List<PopulationDeclaration> findByUnitIdAndPeriodOrderByRevisionDesc(long unitId, String period);

	@Query("""
			select d from PopulationDeclaration d
			where d.unitPath like concat(:pathPrefix, '%') and d.period = :period and d.status in :statuses
			order by d.unitPath, d.revision""")
	List<PopulationDeclaration> findInSubtree(@Param("pathPrefix") String pathPrefix, @Param("period") String period,
			@Param("statuses") Collection<DeclarationStatus> statuses);

	/**
	 * Approved figures of every year up to {@code lastPeriod} ("2026" ≥ "2025": four
	 * digits compare as text).
	 */
	@Query("""
			select d from PopulationDeclaration d
			where d.unitPath like concat(:pathPrefix, '%') and d.period <= :lastPeriod
			and d.status = vn.hocso.headcount.domain.DeclarationStatus.APPROVED""")
	List<PopulationDeclaration> findApprovedInSubtreeUpTo(@Param("pathPrefix") String pathPrefix,
			@Param("lastPeriod") String lastPeriod);

	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query("""
			update PopulationDeclaration d set d.unitPath = concat(:newPrefix, substring(d.unitPath, length(:oldPrefix) + 1))
			where d.unitPath like concat(:oldPrefix, '%')""")
	int rewriteUnitPaths(@Param("oldPrefix") String oldPrefix, @Param("newPrefix") String newPrefix);

}
