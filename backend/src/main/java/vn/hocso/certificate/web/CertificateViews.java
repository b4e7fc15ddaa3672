package vn.hocso.certificate.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

import vn.hocso.certificate.CertificateKind;
import vn.hocso.certificate.domain.Certificate;
import vn.hocso.certificate.domain.CertificateStatus;
import vn.hocso.certificate.domain.RegenerationJob;

/** JSON shapes of the certificate API. */
final class CertificateViews {

	private CertificateViews() {
	}

	/**
	 * The public answer: no date of birth, no salt, no ID number, nothing beyond what the
	 * page shows. {@code signedContent} (format 2) carries only the date of birth's
	 * commitment; {@code dateOfBirthMatches} answers a verifier who sent the date and
	 * salt printed on a PDF.
	 */
	record PublicVerification(CertificateStatus status, String serial, String fullName, String unitName,
			String courseTitle, int courseMinutes, LocalDate completedOn, @Nullable Integer scorePercent, String issuer,
			String signerTitle, @Nullable String signerName, LocalDate issuedOn, @Nullable Instant revokedAt,
			@Nullable String revocationReason, @Nullable String supersededByCode, @Nullable String supersededByUrl,
			String keyId, String signature, int formatVersion, String signedContent,
			@Nullable Boolean dateOfBirthMatches, CertificateKind kind, Map<String, String> details) {
	}

	/**
	 * What a learner or staff member sees of one certificate, including the date of birth
	 * and the salt that opens its signed commitment (what the holder shows a verifier, as
	 * the PDF does).
	 */
	record CertificateView(long id, CertificateKind kind, String serial, String verificationCode,
			@Nullable Long enrolmentId, long learnerId, @Nullable Long waveId, long unitId, String unitName,
			String fullName, String courseTitle, LocalDate completedOn, Instant issuedAt, CertificateStatus status,
			@Nullable Instant revokedAt, @Nullable String revocationReason, @Nullable Long supersededById,
			String verifyUrl, int formatVersion, @Nullable LocalDate dateOfBirth, @Nullable String dateOfBirthSalt,
			@Nullable String dateOfBirthCommitment, Map<String, String> details, @Nullable Integer scorePercent) {

		static CertificateView of(Certificate c, String verifyUrl) {
			var content = c.content();
			return new CertificateView(c.getId(), c.getKind(), c.getSerial(), c.getVerificationCode(),
					c.getEnrolmentId(), c.getLearnerId(), c.getWaveId(), c.getUnitId(), content.unitName(),
					c.getFullName(), c.getCourseTitle(), c.getCompletedOn(), c.getIssuedAt(), c.getStatus(),
					c.getRevokedAt(), c.getRevocationReason(), c.getSupersededById(), verifyUrl,
					content.formatVersion(), content.dateOfBirth(), content.dateOfBirthSalt(),
					content.dateOfBirthCommitment(), content.details(), content.scorePercent());
		}

		/**
		 * For staff who may not see dates of birth (trainers): the commitment stays, it
		 * reveals nothing.
		 */
		CertificateView withoutDateOfBirth() {
			return new CertificateView(id, kind, serial, verificationCode, enrolmentId, learnerId, waveId, unitId,
					unitName, fullName, courseTitle, completedOn, issuedAt, status, revokedAt, revocationReason,
					supersededById, verifyUrl, formatVersion, null, null, dateOfBirthCommitment, details, scorePercent);
		}
	}

	record RevokeRequest(String reason) {
	}

	record TemplateView(String html, boolean custom) {
	}

	record TemplateRequest(String html) {
	}

	@Schema(name = "CertificateJobView")
	record JobView(String id, long waveId, RegenerationJob.Status status, int total, int done, int failed, int progress,
			long elapsedMillis, Instant startedAt, @Nullable Instant finishedAt, int resumed, @Nullable String error) {
	}

}
