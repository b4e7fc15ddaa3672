package vn.hocso.organization.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface OrgUnitRepository extends JpaRepository<OrgUnit, Long> {

	Optional<OrgUnit> findByCode(String code);

	boolean existsByCode(String code);

	List<OrgUnit> findByIdIn(Collection<Long> ids);

	/** The unit with this path prefix and everything below it. */
	@Query("select u from OrgUnit u where u.path like concat(:pathPrefix, '%') order by u.path")
	List<OrgUnit> findSubtree(@Param("pathPrefix") String pathPrefix);

	@Query("select u from OrgUnit u where u.parentId = :parentId and u.status = vn.hocso.organization.OrgUnitStatus.ACTIVE")
	List<OrgUnit> findOpenChildren(@Param("parentId") long parentId);

	/** After a move: every descendant's path swaps the old prefix for the new one. */
	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query("""
			update OrgUnit u set u.path = concat(:newPrefix, substring(u.path, length(:oldPrefix) + 1))
			where u.path like concat(:oldPrefix, '%') and u.path <> :oldPrefix""")
	int rewriteDescendantPaths(@Param("oldPrefix") String oldPrefix, @Param("newPrefix") String newPrefix);

}
