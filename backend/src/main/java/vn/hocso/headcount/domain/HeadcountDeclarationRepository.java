package vn.hocso.headcount.domain;

import java.util.Collection;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface HeadcountDeclarationRepository extends JpaRepository<HeadcountDeclaration, Long> {

	List<HeadcountDeclaration> findByUnitIdAndPeriodOrderByRevisionDesc(long unitId, String period);

	/**
	 * Declarations of units under this path prefix, of one plan year or (period null) of
	 * every year.
	 */
	default List<HeadcountDeclaration> findInSubtree(String pathPrefix, @Nullable String period,
			Collection<DeclarationStatus> statuses) {
		return period == null ? findInSubtreeAnyPeriod(pathPrefix, statuses)
				: findInSubtreeForPeriod(pathPrefix, period, statuses);
	}

	// Two queries rather than "(:period is null or …)", whose untyped null PostgreSQL may
	// refuse.
	@Query("""
			select d from HeadcountDeclaration d
			where d.unitPath like concat(:pathPrefix, '%') and d.period = :period and d.status in :statuses
			order by d.unitPath, d.revision""")
	List<HeadcountDeclaration> findInSubtreeForPeriod(@Param("pathPrefix") String pathPrefix,
			@Param("period") String period, @Param("statuses") Collection<DeclarationStatus> statuses);

	@Query("""
			select d from HeadcountDeclaration d
			where d.unitPath like concat(:pathPrefix, '%') and d.status in :statuses
			order by d.unitPath, d.period, d.revision""")
	List<HeadcountDeclaration> findInSubtreeAnyPeriod(@Param("pathPrefix") String pathPrefix,
			@Param("statuses") Collection<DeclarationStatus> statuses);

	/** After a move: every declaration under the old path now lies under the new one. */
	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query("""
			update HeadcountDeclaration d set d.unitPath = concat(:newPrefix, substring(d.unitPath, length(:oldPrefix) + 1))
			where d.unitPath like concat(:oldPrefix, '%')""")
	int rewriteUnitPaths(@Param("oldPrefix") String oldPrefix, @Param("newPrefix") String newPrefix);

}
