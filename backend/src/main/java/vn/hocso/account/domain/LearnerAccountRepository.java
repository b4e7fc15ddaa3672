package vn.hocso.account.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface LearnerAccountRepository extends JpaRepository<LearnerAccount, Long> {

	Optional<LearnerAccount> findByLearnerId(long learnerId);

	List<LearnerAccount> findByLearnerIdIn(Collection<Long> learnerIds);

	List<LearnerAccount> findByStatusAndCodeExpiresAtBefore(AccountStatus status, Instant now);

}
