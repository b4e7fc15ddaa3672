package vn.hocso.enrolment.domain;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface WaveUnitRepository extends JpaRepository<WaveUnit, Long> {

	List<WaveUnit> findByWaveId(long waveId);

	@Modifying
	@Query("""
			update WaveUnit w set w.unitPath = concat(:newPrefix, substring(w.unitPath, length(:oldPrefix) + 1))
			where w.unitPath like concat(:oldPrefix, '%')""")
	int rewritePaths(@Param("oldPrefix") String oldPrefix, @Param("newPrefix") String newPrefix);

}
