package vn.hocso.openlearning.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface QrCodeRepository extends JpaRepository<QrCode, Long> {

	Optional<QrCode> findByCode(String code);

	Optional<QrCode> findByTargetTypeAndTargetRefAndUnitId(QrTarget targetType, String targetRef, long unitId);

	List<QrCode> findByTargetTypeAndTargetRefAndUnitIdIn(QrTarget targetType, String targetRef,
			Collection<Long> unitIds);

}
