package vn.hocso.certificate.domain;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import org.springframework.transaction.annotation.Transactional;

interface RegenerationJobRepository extends JpaRepository<RegenerationJob, String> {

	List<RegenerationJob> findByStatus(RegenerationJob.Status status);

	/**
	 * Adds one chunk's counts; an increment in SQL, so parallel chunks never overwrite
	 * each other.
	 */
	@Transactional
	@Modifying
	@Query("update RegenerationJob j set j.done = j.done + :done, j.failed = j.failed + :failed where j.id = :id")
	int advance(@Param("id") String id, @Param("done") int done, @Param("failed") int failed);

}
