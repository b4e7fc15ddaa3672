package vn.hocso.certificate.domain;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.hocso.certificate.IssuedCertificates;

@Service
class IssuedCertificateQuery implements IssuedCertificates {

	private final CertificateRepository certificates;

	IssuedCertificateQuery(CertificateRepository certificates) {
		this.certificates = certificates;
	}

	@Override
	@Transactional(readOnly = true)
	public Map<Long, String> validSerialsOf(Collection<Long> enrolmentIds) {
		Map<Long, String> serials = new HashMap<>();
		if (enrolmentIds.isEmpty()) {
			return serials;
		}
		for (Certificate certificate : certificates.findByEnrolmentIdInAndStatusOrderBySerialAsc(enrolmentIds,
				CertificateStatus.VALID)) {
			if (certificate.getEnrolmentId() != null) {
				serials.put(certificate.getEnrolmentId(), certificate.getSerial());
			}
		}
		return serials;
	}

}
