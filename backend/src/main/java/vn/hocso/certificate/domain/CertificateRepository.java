package vn.hocso.certificate.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

import vn.hocso.certificate.CertificateKind;

public interface CertificateRepository extends JpaRepository<Certificate, Long> {

	Optional<Certificate> findByVerificationCode(String verificationCode);

	boolean existsByEnrolmentId(long enrolmentId);

	List<Certificate> findByEnrolmentIdOrderByIdAsc(long enrolmentId);

	Optional<Certificate> findByCompletionOf(long enrolmentId);

	Optional<Certificate> findByKindAndSourceId(CertificateKind kind, long sourceId);

	List<Certificate> findByLearnerIdOrderByIssuedAtDesc(long learnerId);

	List<Certificate> findByWaveIdOrderBySerialAsc(long waveId);

	List<Certificate> findByEnrolmentIdInOrderByIssuedAtDesc(Collection<Long> enrolmentIds);

	List<Certificate> findByEnrolmentIdInAndStatusOrderBySerialAsc(Collection<Long> enrolmentIds,
			CertificateStatus status);

	List<Certificate> findByUnitPathStartingWithAndStatusOrderBySerialAsc(String unitPathPrefix,
			CertificateStatus status);

	List<Certificate> findByUnitPathStartingWithOrderByIssuedAtDesc(String unitPathPrefix);

	long countByWaveId(long waveId);

}
