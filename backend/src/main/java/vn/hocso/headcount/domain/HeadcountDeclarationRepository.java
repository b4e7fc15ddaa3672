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

	@Query("""
			select d from HeadcountDeclaration d
			where d.unitPath like concat(:pathPrefix, '%')
			  and (:period is null or d.period = :period)
			  and d.status in :statuses
			order by d.unitPath, d.period, d.revision""")
	List<HeadcountDeclaration> findInSubtree(@Param("pathPrefix") String pathPrefix,
			@Param("period") @Nullable String period, @Param("statuses") Collection<DeclarationStatus> statuses);

	/** After a move: every declaration under the old path now lies under the new one. */
	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query("""
			update HeadcountDeclaration d set d.unitPath = concat(:newPrefix, substring(d.unitPath, length(:oldPrefix) + 1))
			where d.unitPath like concat(:oldPrefix, '%')""")
	int rewriteUnitPaths(@Param("oldPrefix") String oldPrefix, @Param("newPrefix") String newPrefix);

}
