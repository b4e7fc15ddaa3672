package vn.hocso.headcount.domain;

import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.regex.Pattern;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.BatchSize;
import org.jspecify.annotations.Nullable;

import vn.hocso.learner.LearnerCategory;
import vn.hocso.platform.ProblemException;

/**
 * A unit's declared headcount for one plan period, one revision of it. The unit edits it
 * while it is a draft or returned, Sở Nội vụ approves or returns it once submitted; an
 * approved figure is frozen and changes only through a new revision, which replaces it
 * when that revision is approved.
 */
@Entity
@Table(name = "headcount_declaration")
public class HeadcountDeclaration {

	private static final Pattern PERIOD = Pattern.compile("(19|20|21)\\d\\d");

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "headcount_declaration_seq")
	@SequenceGenerator(name = "headcount_declaration_seq", sequenceName = "headcount_declaration_seq",
			allocationSize = 50)
	private @Nullable Long id;

	@Column(name = "unit_id", nullable = false)
	private long unitId;

	/**
	 * The unit's materialized path, kept current on moves, so that subtree queries stay
	 * in this module.
	 */
	@Column(name = "unit_path", nullable = false, length = 1024)
	private String unitPath;

	@Column(nullable = false, length = 4)
	private String period;

	@Column(nullable = false)
	private int revision;

	@Column(name = "revision_of")
	private @Nullable Long revisionOf;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 16)
	private DeclarationStatus status = DeclarationStatus.DRAFT;

	@ElementCollection(fetch = FetchType.EAGER)
	@BatchSize(size = 50)
	@CollectionTable(name = "headcount_declaration_count", joinColumns = @JoinColumn(name = "declaration_id"))
	@MapKeyEnumerated(EnumType.STRING)
	@MapKeyColumn(name = "category", length = 32)
	@Column(name = "headcount", nullable = false)
	private Map<LearnerCategory, Long> counts = new EnumMap<>(LearnerCategory.class);

	@Column(length = 2000)
	private @Nullable String note;

	@Column(name = "return_reason", length = 2000)
	private @Nullable String returnReason;

	@Embedded
	private @Nullable DecisionDocument document;

	@Column(name = "created_by", nullable = false)
	private String createdBy;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "submitted_by")
	private @Nullable String submittedBy;

	@Column(name = "submitted_at")
	private @Nullable Instant submittedAt;

	@Column(name = "decided_by")
	private @Nullable String decidedBy;

	@Column(name = "decided_at")
	private @Nullable Instant decidedAt;

	@Version
	private long version;

	protected HeadcountDeclaration() {
		this.unitPath = "";
		this.period = "";
		this.createdBy = "";
		this.createdAt = Instant.EPOCH;
	}

	public HeadcountDeclaration(long unitId, String unitPath, String period, Map<LearnerCategory, Long> counts,
			@Nullable String note, String author, Instant now) {
		this(unitId, unitPath, requirePeriod(period), 1, null, counts, note, author, now);
	}

	private HeadcountDeclaration(long unitId, String unitPath, String period, int revision, @Nullable Long revisionOf,
			Map<LearnerCategory, Long> counts, @Nullable String note, String author, Instant now) {
		this.unitId = unitId;
		this.unitPath = unitPath;
		this.period = period;
		this.revision = revision;
		this.revisionOf = revisionOf;
		this.counts = requireCounts(counts);
		this.note = note;
		this.createdBy = author;
		this.createdAt = now;
	}

	public static String requirePeriod(String period) {
		if (!PERIOD.matcher(period).matches()) {
			throw ProblemException.badRequest("headcount.period-invalid", period);
		}
		return period;
	}

	private static Map<LearnerCategory, Long> requireCounts(Map<LearnerCategory, Long> counts) {
		EnumMap<LearnerCategory, Long> copy = new EnumMap<>(LearnerCategory.class);
		counts.forEach((category, count) -> {
			if (count == null || count < 0) {
				throw ProblemException.badRequest("headcount.count-negative", category.name());
			}
			copy.put(category, count);
		});
		if (copy.values().stream().noneMatch(count -> count > 0)) {
			throw ProblemException.badRequest("headcount.counts-empty");
		}
		return copy;
	}

	public void edit(Map<LearnerCategory, Long> newCounts, @Nullable String newNote) {
		requireEditable();
		this.counts = requireCounts(newCounts);
		this.note = newNote;
	}

	public void attach(DecisionDocument newDocument) {
		requireEditable();
		this.document = newDocument;
	}

	public void submit(String author, Instant now) {
		requireEditable();
		this.status = DeclarationStatus.SUBMITTED;
		this.submittedBy = author;
		this.submittedAt = now;
	}

	public void approve(String verifier, Instant now) {
		requireSubmitted();
		this.status = DeclarationStatus.APPROVED;
		this.returnReason = null;
		this.decidedBy = verifier;
		this.decidedAt = now;
	}

	public void returnForCorrection(String verifier, String reason, Instant now) {
		requireSubmitted();
		if (reason.isBlank()) {
			throw ProblemException.badRequest("headcount.reason-required");
		}
		this.status = DeclarationStatus.RETURNED;
		this.returnReason = reason.strip();
		this.decidedBy = verifier;
		this.decidedAt = now;
	}

	/**
	 * A draft copy of this approved figure; this one stays the denominator until the copy
	 * is approved.
	 */
	public HeadcountDeclaration openRevision(String author, Instant now) {
		if (status != DeclarationStatus.APPROVED) {
			throw ProblemException.conflict("headcount.revision-needs-approved", idText(), status.name());
		}
		HeadcountDeclaration revised = new HeadcountDeclaration(unitId, unitPath, period, revision + 1, getId(), counts,
				note, author, now);
		revised.document = document;
		return revised;
	}

	/** Replaced by an approved revision. */
	public void supersede() {
		if (status != DeclarationStatus.APPROVED) {
			throw ProblemException.conflict("headcount.wrong-state", idText(), status.name());
		}
		this.status = DeclarationStatus.SUPERSEDED;
	}

	private void requireEditable() {
		if (status == DeclarationStatus.APPROVED || status == DeclarationStatus.SUPERSEDED) {
			throw ProblemException.conflict("headcount.frozen", idText());
		}
		if (!status.isEditable()) {
			throw ProblemException.conflict("headcount.not-editable", idText(), status.name());
		}
	}

	private void requireSubmitted() {
		if (status != DeclarationStatus.SUBMITTED) {
			throw ProblemException.conflict("headcount.not-submitted", idText(), status.name());
		}
	}

	public long getId() {
		if (id == null) {
			throw new IllegalStateException("declaration not saved yet");
		}
		return id;
	}

	/** The id as problem details show it (no digit grouping). */
	private String idText() {
		return String.valueOf(id);
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

	public @Nullable Long getRevisionOf() {
		return revisionOf;
	}

	public DeclarationStatus getStatus() {
		return status;
	}

	public Map<LearnerCategory, Long> getCounts() {
		EnumMap<LearnerCategory, Long> copy = new EnumMap<>(LearnerCategory.class);
		copy.putAll(counts);
		return copy;
	}

	public long total() {
		return counts.values().stream().mapToLong(Long::longValue).sum();
	}

	public @Nullable String getNote() {
		return note;
	}

	public @Nullable String getReturnReason() {
		return returnReason;
	}

	public @Nullable DecisionDocument getDocument() {
		return document;
	}

	public String getCreatedBy() {
		return createdBy;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public @Nullable String getSubmittedBy() {
		return submittedBy;
	}

	public @Nullable Instant getSubmittedAt() {
		return submittedAt;
	}

	public @Nullable String getDecidedBy() {
		return decidedBy;
	}

	public @Nullable Instant getDecidedAt() {
		return decidedAt;
	}

	public long getVersion() {
		return version;
	}

}
