package vn.hocso.certificate.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.jspecify.annotations.Nullable;

import tools.jackson.databind.json.JsonMapper;

import vn.hocso.certificate.CertificateKind;
import vn.hocso.certificate.document.CanonicalJson;
import vn.hocso.certificate.document.CertificateContent;
import vn.hocso.platform.ProblemException;
import vn.hocso.platform.VietnamTime;

/** An issued certificate: its content is frozen and signed; only its status changes. */
@Entity
@Table(name = "certificate")
public class Certificate {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "certificate_seq")
	@SequenceGenerator(name = "certificate_seq", sequenceName = "certificate_seq", allocationSize = 50)
	private @Nullable Long id;

	@Column(nullable = false, unique = true, length = 32)
	private String serial = "";

	@Column(name = "verification_code", nullable = false, unique = true, length = 32)
	private String verificationCode = "";

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 16)
	private CertificateKind kind = CertificateKind.COURSE;

	/** The enrolment of a course certificate; null for other kinds. */
	@Column(name = "enrolment_id")
	private @Nullable Long enrolmentId;

	@Column(name = "learner_id", nullable = false)
	private long learnerId;

	@Column(name = "wave_id")
	private @Nullable Long waveId;

	@Column(name = "course_id")
	private @Nullable Long courseId;

	@Column(name = "unit_id", nullable = false)
	private long unitId;

	@Column(name = "unit_path", nullable = false, length = 1024)
	private String unitPath = "";

	@Column(name = "full_name", nullable = false)
	private String fullName = "";

	@Column(name = "date_of_birth")
	private @Nullable LocalDate dateOfBirth;

	@Column(name = "unit_name", nullable = false)
	private String unitName = "";

	@Column(name = "course_title", nullable = false, length = 500)
	private String courseTitle = "";

	@Column(name = "course_minutes", nullable = false)
	private int courseMinutes;

	@Column(name = "completed_on", nullable = false)
	private LocalDate completedOn = LocalDate.EPOCH;

	@Column(name = "score_percent")
	private @Nullable Integer scorePercent;

	@Column(name = "issuer_authority", nullable = false)
	private String issuerAuthority = "";

	@Column(name = "signer_title", nullable = false)
	private String signerTitle = "";

	@Column(name = "signer_name")
	private @Nullable String signerName;

	@Column(name = "issued_at", nullable = false)
	private Instant issuedAt = Instant.EPOCH;

	@Column(name = "key_id", nullable = false, length = 64)
	private String keyId = "";

	@Column(nullable = false, length = 128)
	private String signature = "";

	/** Which canonical form the signature is over (see {@link CertificateContent}). */
	@Column(name = "format_version", nullable = false)
	private int formatVersion = CertificateContent.FORMAT_WITHOUT_BIRTH_DATE;

	/** Opens the signed date of birth commitment; never public. Null in format 1. */
	@Column(name = "date_of_birth_salt", length = 32)
	private @Nullable String dateOfBirthSalt;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 16)
	private CertificateStatus status = CertificateStatus.VALID;

	@Column(name = "revoked_at")
	private @Nullable Instant revokedAt;

	@Column(name = "revocation_reason", length = 1000)
	private @Nullable String revocationReason;

	@Column(name = "superseded_by_id")
	private @Nullable Long supersededById;

	/**
	 * The enrolment whose completion issued this certificate (null for a re-issue):
	 * unique, one per completion.
	 */
	@Column(name = "completion_of", unique = true)
	private @Nullable Long completionOf;

	/**
	 * What issued a certificate of another kind than COURSE (an in-person programme's
	 * completion): unique with the kind, so that completion issues one certificate
	 * (re-issues leave it empty).
	 */
	@Column(name = "source_id")
	private @Nullable Long sourceId;

	/**
	 * The kind's signed details (format 3) as canonical JSON; null for course
	 * certificates.
	 */
	@Column(length = 2000)
	private @Nullable String details;

	@Version
	private long version;

	protected Certificate() {
	}

	/** What a completion and the registries say, before a serial and signature exist. */
	public record Facts(CertificateKind kind, @Nullable Long enrolmentId, long learnerId, @Nullable Long waveId,
			@Nullable Long courseId, long unitId, String unitPath, String fullName, @Nullable LocalDate dateOfBirth,
			String unitName, String courseTitle, int courseMinutes, LocalDate completedOn,
			@Nullable Integer scorePercent, Map<String, String> details) {

		/** A course certificate's facts: an enrolment in a wave completed its course. */
		public static Facts ofCourse(long enrolmentId, long learnerId, long waveId, long courseId, long unitId,
				String unitPath, String fullName, @Nullable LocalDate dateOfBirth, String unitName, String courseTitle,
				int courseMinutes, LocalDate completedOn, @Nullable Integer scorePercent) {
			return new Facts(CertificateKind.COURSE, enrolmentId, learnerId, waveId, courseId, unitId, unitPath,
					fullName, dateOfBirth, unitName, courseTitle, courseMinutes, completedOn, scorePercent, Map.of());
		}
	}

	static Certificate issue(Facts facts, String serial, String code, String issuerAuthority, String signerTitle,
			@Nullable String signerName, Instant issuedAt, String keyId, String dateOfBirthSalt) {
		Certificate certificate = new Certificate();
		certificate.kind = facts.kind();
		certificate.formatVersion = facts.kind() == CertificateKind.COURSE
				? CertificateContent.FORMAT_BIRTH_DATE_COMMITTED : CertificateContent.FORMAT_WITH_KIND;
		certificate.details = certificate.formatVersion < CertificateContent.FORMAT_WITH_KIND ? null
				: CanonicalJson.write(new TreeMap<>(facts.details()));
		certificate.dateOfBirthSalt = dateOfBirthSalt;
		certificate.serial = serial;
		certificate.verificationCode = code;
		certificate.enrolmentId = facts.enrolmentId();
		certificate.learnerId = facts.learnerId();
		certificate.waveId = facts.waveId();
		certificate.courseId = facts.courseId();
		certificate.unitId = facts.unitId();
		certificate.unitPath = facts.unitPath();
		certificate.fullName = facts.fullName();
		certificate.dateOfBirth = facts.dateOfBirth();
		certificate.unitName = facts.unitName();
		certificate.courseTitle = facts.courseTitle();
		certificate.courseMinutes = facts.courseMinutes();
		certificate.completedOn = facts.completedOn();
		certificate.scorePercent = facts.scorePercent();
		certificate.issuerAuthority = issuerAuthority;
		certificate.signerTitle = signerTitle;
		certificate.signerName = signerName;
		certificate.issuedAt = issuedAt;
		certificate.keyId = keyId;
		return certificate;
	}

	/**
	 * This is the certificate of its completion (the one a redelivered completion finds):
	 * of its enrolment for a course, of {@code sourceId} (e.g. the in-person completion)
	 * for another kind.
	 */
	void issuedForCompletion(@Nullable Long sourceId) {
		if (kind == CertificateKind.COURSE) {
			this.completionOf = enrolmentId;
		}
		else {
			this.sourceId = sourceId;
		}
	}

	void sign(String signature) {
		this.signature = signature;
	}

	/**
	 * The holder, a citizen, asked to be forgotten (ADR 0370): the record keeps only what
	 * counts (course, unit, date); the name and birth date go, and the certificate no
	 * longer verifies.
	 */
	void eraseHolder(Instant at) {
		this.fullName = "—";
		this.dateOfBirth = null;
		if (status == CertificateStatus.VALID) {
			this.status = CertificateStatus.REVOKED;
			this.revokedAt = at;
		}
		this.revocationReason = "Xóa theo yêu cầu của người học / erased at the holder's request";
	}

	void revoke(String reason, Instant at) {
		if (status != CertificateStatus.VALID) {
			throw ProblemException.conflict("certificate.not-valid", serial, status);
		}
		this.status = CertificateStatus.REVOKED;
		this.revokedAt = at;
		this.revocationReason = reason;
	}

	void supersede(long newCertificateId, Instant at) {
		if (status != CertificateStatus.VALID) {
			throw ProblemException.conflict("certificate.not-valid", serial, status);
		}
		this.status = CertificateStatus.SUPERSEDED;
		this.revokedAt = at;
		this.supersededById = newCertificateId;
	}

	public CertificateContent content() {
		return new CertificateContent(serial, verificationCode, fullName, dateOfBirth, unitName, courseTitle,
				courseMinutes, completedOn, scorePercent, issuerAuthority, signerTitle, signerName,
				LocalDate.ofInstant(issuedAt, VietnamTime.ZONE), keyId, formatVersion, dateOfBirthSalt, kind,
				detailsMap());
	}

	/**
	 * The kind's details (e.g. class, venue, first and last day); empty for course
	 * certificates.
	 */
	public Map<String, String> detailsMap() {
		if (details == null) {
			return Map.of();
		}
		Map<String, String> map = new TreeMap<>();
		JsonMapper.shared()
			.readTree(details)
			.properties()
			.forEach(entry -> map.put(entry.getKey(), entry.getValue().asString()));
		return map;
	}

	public long getId() {
		return id == null ? 0 : id;
	}

	public String getSerial() {
		return serial;
	}

	public String getVerificationCode() {
		return verificationCode;
	}

	public CertificateKind getKind() {
		return kind;
	}

	public @Nullable Long getSourceId() {
		return sourceId;
	}

	public @Nullable Long getEnrolmentId() {
		return enrolmentId;
	}

	public long getLearnerId() {
		return learnerId;
	}

	public @Nullable Long getWaveId() {
		return waveId;
	}

	public @Nullable Long getCourseId() {
		return courseId;
	}

	public long getUnitId() {
		return unitId;
	}

	public String getUnitPath() {
		return unitPath;
	}

	public String getFullName() {
		return fullName;
	}

	public String getCourseTitle() {
		return courseTitle;
	}

	public LocalDate getCompletedOn() {
		return completedOn;
	}

	public Instant getIssuedAt() {
		return issuedAt;
	}

	public String getKeyId() {
		return keyId;
	}

	public String getSignature() {
		return signature;
	}

	public int getFormatVersion() {
		return formatVersion;
	}

	public @Nullable LocalDate getDateOfBirth() {
		return dateOfBirth;
	}

	public @Nullable String getDateOfBirthSalt() {
		return dateOfBirthSalt;
	}

	public CertificateStatus getStatus() {
		return status;
	}

	public @Nullable Instant getRevokedAt() {
		return revokedAt;
	}

	public @Nullable String getRevocationReason() {
		return revocationReason;
	}

	public @Nullable Long getSupersededById() {
		return supersededById;
	}

}
