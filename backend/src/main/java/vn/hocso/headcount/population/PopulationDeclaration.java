package vn.hocso.headcount.population;

import java.time.Instant;

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

import vn.hocso.headcount.domain.DeclarationStatus;
import vn.hocso.headcount.domain.HeadcountDeclaration;
import vn.hocso.platform.ProblemException;

/**
 * A commune's working-age population for one year, as its unit declared it (with the
 * source of the figure, e.g. "Chi cục Thống kê 2024"), one revision of it. Declaring is
 * submitting: the figure goes to the district (or Sở Nội vụ) at once. Every revision is
 * its own row and is never edited: a returned figure is corrected by declaring again, and
 * an approved one stays the denominator until a later revision is approved, when it
 * becomes SUPERSEDED. Nobody decides on their own declaration.
 */
@Entity
@Table(name = "population_declaration")
public class PopulationDeclaration {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "population_declaration_seq")
	@SequenceGenerator(name = "population_declaration_seq", sequenceName = "population_declaration_seq",
			allocationSize = 50)
	private @Nullable Long id;

	@Column(name = "unit_id", nullable = false)
	private long unitId;

	/**
	 * The unit's path, kept current on moves, so that subtree queries stay in this
	 * module.
	 */
	@Column(name = "unit_path", nullable = false, length = 1024)
	private String unitPath;

	@Column(nullable = false, length = 4)
	private String period;

	@Column(nullable = false)
	private int revision;

	@Column(name = "working_age", nullable = false)
	private long workingAge;

	@Column(nullable = false, length = 255)
	private String source;

	@Column(length = 2000)
	private @Nullable String note;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 16)
	private DeclarationStatus status = DeclarationStatus.SUBMITTED;

	@Column(name = "declared_by", nullable = false)
	private String declaredBy;

	@Column(name = "declared_at", nullable = false)
	private Instant declaredAt;

	@Column(name = "decided_by")
	private @Nullable String decidedBy;

	@Column(name = "decided_at")
	private @Nullable Instant decidedAt;

	@Column(name = "return_reason", length = 2000)
	private @Nullable String returnReason;

	@Version
	private long version;

	protected PopulationDeclaration() {
		this.unitPath = "";
		this.period = "";
		this.source = "";
		this.declaredBy = "";
		this.declaredAt = Instant.EPOCH;
	}

	PopulationDeclaration(long unitId, String unitPath, String period, int revision, long workingAge, String source,
			@Nullable String note, String declaredBy, Instant now) {
		this.unitId = unitId;
		this.unitPath = unitPath;
		this.period = HeadcountDeclaration.requirePeriod(period);
		this.revision = revision;
		if (workingAge <= 0) {
			throw ProblemException.badRequest("population.count-invalid", workingAge);
		}
		if (source == null || source.isBlank()) {
			throw ProblemException.badRequest("population.source-missing");
		}
		this.workingAge = workingAge;
		this.source = source.strip();
		this.note = note == null || note.isBlank() ? null : note.strip();
		this.declaredBy = declaredBy;
		this.declaredAt = now;
	}

	/**
	 * The district, Sở Nội vụ or the IT centre accepts the figure: it becomes the
	 * denominator.
	 */
	void approve(String verifier, Instant now) {
		requireDecidable(verifier);
		this.status = DeclarationStatus.APPROVED;
		this.decidedBy = verifier;
		this.decidedAt = now;
	}

	void returnForCorrection(String verifier, String reason, Instant now) {
		requireDecidable(verifier);
		if (reason == null || reason.isBlank()) {
			throw ProblemException.badRequest("population.reason-missing");
		}
		this.status = DeclarationStatus.RETURNED;
		this.returnReason = reason.strip();
		this.decidedBy = verifier;
		this.decidedAt = now;
	}

	/**
	 * A later revision took its place (approved, or declared while this one was still
	 * pending).
	 */
	void supersede() {
		this.status = DeclarationStatus.SUPERSEDED;
	}

	private void requireDecidable(String verifier) {
		if (status != DeclarationStatus.SUBMITTED) {
			throw ProblemException.conflict("population.not-submitted", String.valueOf(id), status.name());
		}
		if (verifier.equals(declaredBy)) {
			throw ProblemException.forbidden("population.own-declaration", String.valueOf(id));
		}
	}

	public long getId() {
		if (id == null) {
			throw new IllegalStateException("population declaration not saved yet");
		}
		return id;
	}

	public long getUnitId() {
		return unitId;
	}

	public String getUnitPath() {
		return unitPath;
	}

	public String getPeriod() {
		return period;
	}

	public int getRevision() {
		return revision;
	}

	public long getWorkingAge() {
		return workingAge;
	}

	public String getSource() {
		return source;
	}

	public @Nullable String getNote() {
		return note;
	}

	public DeclarationStatus getStatus() {
		return status;
	}

	public String getDeclaredBy() {
		return declaredBy;
	}

	public Instant getDeclaredAt() {
		return declaredAt;
	}

	public @Nullable String getDecidedBy() {
		return decidedBy;
	}

	public @Nullable Instant getDecidedAt() {
		return decidedAt;
	}

	public @Nullable String getReturnReason() {
		return returnReason;
	}

	public long getVersion() {
		return version;
	}

}
