package vn.hocso.training.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

import jakarta.persistence.LockModeType;

public interface NominationRepository extends JpaRepository<Nomination, Long> {

	List<Nomination> findByProgrammeIdOrderByNominatedAtAscIdAsc(long programmeId);

	List<Nomination> findByClassIdAndStatusOrderByFullNameAscIdAsc(long classId, NominationStatus status);

	Optional<Nomination> findByProgrammeIdAndLearnerId(long programmeId, long learnerId);

	List<Nomination> findByLearnerIdAndStatusNot(long learnerId, NominationStatus status);

	@Query("select count(n) from Nomination n where n.programmeId = ?1 and n.unitId = ?2 and n.status <> 'WITHDRAWN'")
	long countActiveOfUnit(long programmeId, long unitId);

	@Query("select count(n) from Nomination n where n.classId = ?1 and n.status = 'SEATED'")
	long countSeated(long classId);

	List<Nomination> findByProgrammeIdAndStatusOrderByWaitPositionAsc(long programmeId, NominationStatus status);

	List<Nomination> findByIdIn(Collection<Long> ids);

	/**
	 * The programme row is locked while a unit nominates, so two nominations at once
	 * respect the limit.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select p from TrainingProgramme p where p.id = ?1")
	Optional<TrainingProgramme> lockProgramme(long programmeId);

}
