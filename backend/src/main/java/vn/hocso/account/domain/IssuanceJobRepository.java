package vn.hocso.account.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface IssuanceJobRepository extends JpaRepository<IssuanceJob, Long> {

	List<IssuanceJob> findByStatusIn(Collection<IssuanceJob.Status> statuses);

	List<IssuanceJob> findTop200ByOrderByCreatedAtDesc();

	Optional<IssuanceJob> findByRetryOf(long jobId);

}
