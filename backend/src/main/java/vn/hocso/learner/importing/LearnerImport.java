package vn.hocso.learner.importing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

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

/** One uploaded staff list: validated once (a dry run), committed at most once. */
@Entity
@Table(name = "learner_import")
public class LearnerImport {

	public enum Status {

		VALIDATING, VALIDATED, COMMITTED, FAILED

	}

	public enum CommitMode {

		ALL_OR_NOTHING, VALID_ROWS_ONLY

	}

	private static final String IGNORED_SEPARATOR = "\u001E";

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "learner_import_seq")
	@SequenceGenerator(name = "learner_import_seq", sequenceName = "learner_import_seq", allocationSize = 50)
	private @Nullable Long id;

	@Column(name = "file_name", nullable = false)
	private String fileName;

	@Column(name = "uploaded_by", nullable = false)
	private String uploadedBy;

	@Column(name = "uploaded_at", nullable = false)
	private Instant uploadedAt;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 16)
	private Status status;

	/** The file's header cells, joined by {@link ImportRows#SEPARATOR}. */
	@Column(nullable = false, length = 4000)
	private String headers;

	@Column(name = "total_rows", nullable = false)
	private int totalRows;

	@Column(name = "valid_rows", nullable = false)
	private int validRows;

	@Column(name = "invalid_rows", nullable = false)
	private int invalidRows;

	@Column(name = "to_create", nullable = false)
	private int toCreate;

	@Column(name = "to_update", nullable = false)
	private int toUpdate;

	@Column(nullable = false)
	private int progress;

	@Enumerated(EnumType.STRING)
	@Column(name = "commit_mode", length = 16)
	private @Nullable CommitMode commitMode;

	@Column(name = "created_count")
	private @Nullable Integer createdCount;

	@Column(name = "updated_count")
	private @Nullable Integer updatedCount;

	@Column(name = "skipped_count")
	private @Nullable Integer skippedCount;

	@Column(name = "committed_at")
	private @Nullable Instant committedAt;

	@Column(name = "sheet_name")
	private @Nullable String sheetName;

	/** Joined by {@link ImportRows#SEPARATOR}. */
	@Column(name = "other_sheets", length = 2000)
	private @Nullable String otherSheets;

	@Column(name = "header_row")
	private @Nullable Integer headerRow;

	/**
	 * "row{@link ImportRows#SEPARATOR}text" per ignored row, joined by a record
	 * separator.
	 */
	@Column(name = "ignored_rows", length = 4000)
	private @Nullable String ignoredRows;

	/**
	 * The uploader's scope roots, one per line, kept for a validation run by a cluster
	 * job.
	 */
	@Column(name = "validation_scope", length = 2000)
	private @Nullable String validationScope;

	@Version
	private long version;

	@SuppressWarnings("NullAway.Init")
	protected LearnerImport() {
	}

	public LearnerImport(String fileName, String uploadedBy, Instant uploadedAt, String headers) {
		this.fileName = fileName;
		this.uploadedBy = uploadedBy;
		this.uploadedAt = uploadedAt;
		this.headers = headers.length() <= 4000 ? headers : headers.substring(0, 4000);
		this.status = Status.VALIDATING;
	}

	/**
	 * Kept so that a node validating the rows later, outside the uploader's request,
	 * applies their scope.
	 */
	void validateLaterWithin(List<String> scopeRoots) {
		this.validationScope = String.join("\n", scopeRoots);
	}

	/**
	 * The scope kept by {@link #validateLaterWithin}; empty for an import uploaded before
	 * it was kept.
	 */
	Optional<List<String>> validationScope() {
		String kept = validationScope;
		return kept == null ? Optional.empty() : Optional.of(kept.isEmpty() ? List.of() : List.of(kept.split("\n")));
	}

	/**
	 * Where the list was found: shown in the report so that a wrong sheet or a lost row
	 * is seen.
	 */
	void foundAt(RawSheet.Layout layout) {
		this.sheetName = layout.sheetName();
		this.otherSheets = fit(String.join(ImportRows.SEPARATOR, layout.otherSheets()), 2000);
		this.headerRow = layout.headerRow();
		List<String> ignored = new ArrayList<>();
		for (RawSheet.RawRow row : layout.ignoredRows()) {
			String text = String.join(" ", row.cells().stream().filter(c -> !c.isBlank()).toList());
			ignored
				.add(row.number() + ImportRows.SEPARATOR + (text.length() > 200 ? text.substring(0, 200) + "…" : text));
		}
		this.ignoredRows = fit(String.join(IGNORED_SEPARATOR, ignored), 4000);
	}

	void validated(int total, int valid, int toCreate, int toUpdate) {
		this.totalRows = total;
		this.validRows = valid;
		this.invalidRows = total - valid;
		this.toCreate = toCreate;
		this.toUpdate = toUpdate;
		this.progress = 100;
		this.status = Status.VALIDATED;
	}

	void requireCommittable(CommitMode mode) {
		if (status == Status.COMMITTED) {
			throw ProblemException.conflict("learner-import.already-committed", getId());
		}
		if (status != Status.VALIDATED) {
			throw ProblemException.conflict("learner-import.not-validated", getId());
		}
		if (mode == CommitMode.ALL_OR_NOTHING && invalidRows > 0) {
			throw ProblemException.conflict("learner-import.has-invalid-rows", invalidRows);
		}
	}

	void committed(CommitMode mode, int created, int updated, int skipped, Instant at) {
		this.status = Status.COMMITTED;
		this.commitMode = mode;
		this.createdCount = created;
		this.updatedCount = updated;
		this.skippedCount = skipped;
		this.committedAt = at;
	}

	public @Nullable String getSheetName() {
		return sheetName;
	}

	public List<String> getOtherSheets() {
		return otherSheets == null || otherSheets.isEmpty() ? List.of()
				: List.of(otherSheets.split(ImportRows.SEPARATOR));
	}

	public @Nullable Integer getHeaderRow() {
		return headerRow;
	}

	/** The rows above the header that were not imported: their number and text. */
	public List<IgnoredRow> getIgnoredRows() {
		if (ignoredRows == null || ignoredRows.isEmpty()) {
			return List.of();
		}
		List<IgnoredRow> rows = new ArrayList<>();
		for (String entry : ignoredRows.split(IGNORED_SEPARATOR)) {
			String[] parts = entry.split(ImportRows.SEPARATOR, 2);
			if (parts.length == 2) {
				rows.add(new IgnoredRow(Integer.parseInt(parts[0]), parts[1]));
			}
		}
		return rows;
	}

	public record IgnoredRow(int row, String text) {
	}

	private static String fit(String text, int max) {
		return text.length() <= max ? text : text.substring(0, max);
	}

	public long getId() {
		return Objects.requireNonNull(id, "not stored yet");
	}

	public String getFileName() {
		return fileName;
	}

	public String getUploadedBy() {
		return uploadedBy;
	}

	public Status getStatus() {
		return status;
	}

	public String getHeaders() {
		return headers;
	}

	public int getTotalRows() {
		return totalRows;
	}

	public int getValidRows() {
		return validRows;
	}

	public int getInvalidRows() {
		return invalidRows;
	}

	public int getToCreate() {
		return toCreate;
	}

	public int getToUpdate() {
		return toUpdate;
	}

	public int getProgress() {
		return progress;
	}

	public @Nullable Integer getCreatedCount() {
		return createdCount;
	}

	public @Nullable Integer getUpdatedCount() {
		return updatedCount;
	}

	public @Nullable Integer getSkippedCount() {
		return skippedCount;
	}

}
