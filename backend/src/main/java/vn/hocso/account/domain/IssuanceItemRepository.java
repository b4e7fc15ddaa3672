package vn.hocso.account.domain;

import java.util.Collection;
import java.util.List;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;

public interface IssuanceItemRepository extends JpaRepository<IssuanceItem, Long> {

	List<IssuanceItem> findByJobIdAndStatusOrderById(long jobId, IssuanceItem.Status status, Limit limit);

	List<IssuanceItem> findByJobIdOrderById(long jobId);

	List<IssuanceItem> findByLearnerIdInAndCodeCiphertextIsNotNull(Collection<Long> learnerIds);

}
