package vn.hocso.enrolment.domain;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface EnrolmentRepository extends JpaRepository<Enrolment, Long> {

	long countByWaveId(long waveId);

	/**
	 * [stage, deadline, count] of a wave's enrolments: enough to work out every status
	 * without loading them.
	 */
	@Query("select e.stage, e.deadline, count(e) from Enrolment e where e.waveId = :waveId group by e.stage, e.deadline")
	List<Object[]> countByStageAndDeadline(@Param("waveId") long waveId);

	List<Enrolment> findByWaveIdOrderByUnitPathAscIdAsc(long waveId);

	List<Enrolment> findByClassIdOrderByIdAsc(long classId);

	List<Enrolment> findByLearnerIdOrderByEnrolledAtDesc(long learnerId);

	/**
	 * [enrolment, wave] when the enrolment is the learner's with this username: the
	 * own-enrolment check of every learner request, as one read by primary keys and the
	 * unique username.
	 */
	@Query("""
			select e, w from Enrolment e, Wave w, LearnerAccountRecord a
			where e.id = :enrolmentId and w.id = e.waveId and a.learnerId = e.learnerId and a.username = :username""")
	List<Object[]> findOwn(@Param("enrolmentId") long enrolmentId, @Param("username") String username);

	@Query("select e.id from Enrolment e where e.id in :ids and e.stage = vn.hocso.enrolment.domain.Enrolment.Stage.WITHDRAWN")
	List<Long> findWithdrawnAmong(@Param("ids") Collection<Long> ids);

	/** Whether the learner is enrolled (not withdrawn) in a class this trainer guides. */
	@Query("""
			select count(e) > 0 from Enrolment e, WaveClass c
			where e.learnerId = :learnerId and c.id = e.classId and c.trainerUsername = :trainer
			and e.stage <> vn.hocso.enrolment.domain.Enrolment.Stage.WITHDRAWN""")
	boolean isTaughtBy(@Param("learnerId") long learnerId, @Param("trainer") String trainerUsername);

	/** Enrolments waiting for their learner's account: their clock has not started. */
	@Query("select e from Enrolment e where e.learnerId = :learnerId and e.clockStartedAt is null")
	List<Enrolment> findWithoutClock(@Param("learnerId") long learnerId);

	@Query("select e.learnerId from Enrolment e where e.waveId = :waveId and e.learnerId in :learnerIds")
	List<Long> findEnrolledLearnerIds(@Param("waveId") long waveId, @Param("learnerIds") Collection<Long> learnerIds);

	/**
	 * [learner id, unit id] of every learner enrolled (not withdrawn) under the prefix,
	 * once each.
	 */
	@Query("""
			select distinct e.learnerId, e.unitId from Enrolment e
			where e.unitPath like concat(:pathPrefix, '%') and e.stage <> vn.hocso.enrolment.domain.Enrolment.Stage.WITHDRAWN""")
	List<Object[]> findEnrolledLearnerUnits(@Param("pathPrefix") String pathPrefix);

	/**
	 * [learner id, unit id, wave id] of every enrolment (not withdrawn) under the prefix.
	 */
	@Query("""
			select e.learnerId, e.unitId, e.waveId from Enrolment e
			where e.unitPath like concat(:pathPrefix, '%') and e.stage <> vn.hocso.enrolment.domain.Enrolment.Stage.WITHDRAWN""")
	List<Object[]> findEnrolledLearnerUnitWaves(@Param("pathPrefix") String pathPrefix);

	@Modifying
	@Query("""
			update Enrolment e set e.unitPath = concat(:newPrefix, substring(e.unitPath, length(:oldPrefix) + 1))
			where e.unitPath like concat(:oldPrefix, '%')""")
	int rewritePaths(@Param("oldPrefix") String oldPrefix, @Param("newPrefix") String newPrefix);

	@Modifying
	@Query("update Enrolment e set e.unitId = :toUnitId, e.unitPath = :toPath where e.unitId = :fromUnitId")
	int moveToUnit(@Param("fromUnitId") long fromUnitId, @Param("toUnitId") long toUnitId,
			@Param("toPath") String toPath);

}
