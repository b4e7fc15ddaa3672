package vn.hocso.planning.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

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

import vn.hocso.platform.ProblemException;

/**
 * A value a unit reports for a REPORTED indicator; it counts only once a verifier
 * accepted it.
 */
@Entity
@Table(name = "reported_value")
public class ReportedValue {

	public enum Status {

		SUBMITTED, ACCEPTED, REJECTED

	}

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "reported_value_seq")
	@SequenceGenerator(name = "reported_value_seq", sequenceName = "reported_value_seq", allocationSize = 50)
	private @Nullable Long id;

	@Column(name = "indicator_id", nullable = false)
	private long indicatorId;

	@Column(name = "unit_id", nullable = false)
	private long unitId;

	@Column(name = "unit_path", nullable = false, length = 1024)
	private String unitPath;

	@Column(name = "reported_value", nullable = false, precision = 14, scale = 2)
	private BigDecimal value;

	@Column(name = "as_of", nullable = false)
	private LocalDate asOf;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 16)
	private Status status;

	@Column(name = "evidence_sha256", length = 64)
	private @Nullable String evidenceSha256;

	@Column(name = "evidence_name")
	private @Nullable String evidenceName;

	@Column(name = "reported_by", nullable = false)
	private String reportedBy;

	@Column(name = "reported_at", nullable = false)
	private Instant reportedAt;

	@Column(name = "decided_by")
	private @Nullable String decidedBy;

	@Column(name = "decided_at")
	private @Nullable Instant decidedAt;

	@Version
	private long version;

	protected ReportedValue() {
		this.unitPath = "";
		this.value = BigDecimal.ZERO;
		this.asOf = LocalDate.EPOCH;
		this.status = Status.SUBMITTED;
		this.reportedBy = "";
		this.reportedAt = Instant.EPOCH;
	}

	public ReportedValue(long indicatorId, long unitId, String unitPath, BigDecimal value, LocalDate asOf,
			String reportedBy, Instant reportedAt) {
		this();
		this.indicatorId = indicatorId;
		this.unitId = unitId;
		this.unitPath = unitPath;
		this.value = value;
		this.asOf = asOf;
		this.reportedBy = reportedBy;
		this.reportedAt = reportedAt;
	}

	public void attachEvidence(String sha256, String name) {
		requireSubmitted();
		this.evidenceSha256 = sha256;
		this.evidenceName = name;
	}

	/**
	 * The verifier's decision; accepting needs the evidence, and a reporter cannot accept
	 * their own value.
	 */
	public void decide(boolean accept, String verifier, Instant at) {
		requireSubmitted();
		if (accept && evidenceSha256 == null) {
			throw ProblemException.conflict("reported-value.evidence-missing", getId());
		}
		if (verifier.equals(reportedBy)) {
			throw ProblemException.forbidden("reported-value.own-value", getId());
		}
		this.status = accept ? Status.ACCEPTED : Status.REJECTED;
		this.decidedBy = verifier;
		this.decidedAt = at;
	}

	private void requireSubmitted() {
		if (status != Status.SUBMITTED) {
			throw ProblemException.conflict("reported-value.already-decided", getId());
		}
	}

	public long getId() {
		if (id == null) {
			throw new IllegalStateException("reported value not saved yet");
		}
		return id;
	}

	public long getIndicatorId() {
		return indicatorId;
	}

	public long getUnitId() {
		return unitId;
	}

	public String getUnitPath() {
		return unitPath;
	}

	public BigDecimal getValue() {
		return value;
	}

	public LocalDate getAsOf() {
		return asOf;
	}

	public Status getStatus() {
		return status;
	}

	public @Nullable String getEvidenceName() {
		return evidenceName;
	}

	public @Nullable String getEvidenceSha256() {
		return evidenceSha256;
	}

	public String getReportedBy() {
		return reportedBy;
	}

	public Instant getReportedAt() {
		return reportedAt;
	}

	public @Nullable String getDecidedBy() {
		return decidedBy;
	}

}
