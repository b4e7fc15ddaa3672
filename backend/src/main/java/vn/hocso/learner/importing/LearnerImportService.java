package vn.hocso.learner.importing;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntConsumer;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import vn.hocso.identity.Caller;
import vn.hocso.identity.CurrentCaller;
import vn.hocso.identity.Role;
import vn.hocso.learner.LearnersImported;
import vn.hocso.learner.domain.LearnerBulkWriter;
import vn.hocso.learner.domain.LearnerFields;
import vn.hocso.learner.domain.LearnerBulkWriter.Write;
import vn.hocso.learner.domain.LearnerBulkWriter.Written;
import vn.hocso.learner.domain.LearnerRepository;
import vn.hocso.learner.domain.LearnerRepository.MatchKey;
import vn.hocso.learner.importing.ImportReport.Outcome;
import vn.hocso.learner.importing.LearnerImport.CommitMode;
import vn.hocso.learner.importing.RawSheet.RawRow;
import vn.hocso.organization.OrgScope;
import vn.hocso.organization.OrgScopes;
import vn.hocso.organization.OrgUnitDirectory;
import vn.hocso.organization.OrgUnitSummary;
import vn.hocso.platform.ProblemException;

/**
 * Staff-list imports: upload = read + validate every row + keep the rows (a dry run,
 * nothing stored in the registry); commit = validate again against today's registry and
 * store in one transaction.
 */
@Service
public class LearnerImportService {

	private static final int CITIZEN_ID_CHUNK = 1000;

	private final SpreadsheetReader reader;

	private final ImportRows rows;

	private final LearnerImportRepository imports;

	private final LearnerRepository learners;

	private final LearnerBulkWriter writer;

	private final OrgScopes scopes;

	private final OrgUnitDirectory units;

	private final CurrentCaller currentCaller;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final LearnerImportProperties limits;

	private final BackgroundValidation background;

	private final TransactionTemplate transactions;

	LearnerImportService(SpreadsheetReader reader, ImportRows rows, LearnerImportRepository imports,
			LearnerRepository learners, LearnerBulkWriter writer, OrgScopes scopes, OrgUnitDirectory units,
			CurrentCaller currentCaller, ApplicationEventPublisher events, Clock clock, LearnerImportProperties limits,
			@Lazy BackgroundValidation background, PlatformTransactionManager transactionManager) {
		this.limits = limits;
		this.background = background;
		this.transactions = new TransactionTemplate(transactionManager);
		this.reader = reader;
		this.rows = rows;
		this.imports = imports;
		this.learners = learners;
		this.writer = writer;
		this.scopes = scopes;
		this.units = units;
		this.currentCaller = currentCaller;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Reads the file (file-level problems fail at once) and keeps its rows. Up to
	 * {@code hocso.learner-import.background-rows} rows are validated before answering; a
	 * bigger file answers with status VALIDATING and is validated in the background, its
	 * progress readable meanwhile.
	 */
	@Transactional
	public ImportReport upload(String fileName, byte[] content) {
		return upload(fileName, content, null);
	}

	/**
	 * {@code sheetName}: the worksheet to read, when the uploader picked one of several
	 * lists.
	 */
	@Transactional
	public ImportReport upload(String fileName, byte[] content, @Nullable String sheetName) {
		RawSheet sheet = reader.read(content, sheetName);
		Map<ImportColumn, Integer> columns = columns(sheet.headers());
		LearnerImport upload = new LearnerImport(fileName, currentCaller.get().username(), clock.instant(),
				String.join(ImportRows.SEPARATOR, sheet.headers()));
		upload.foundAt(sheet.layout());
		imports.saveAndFlush(upload);
		if (sheet.rows().size() > limits.backgroundRows()) {
			upload.validateLaterWithin(scopes.current().rootPaths());
			rows.store(upload.getId(), sheet.rows(), null);
			background.validateAfterCommit(upload.getId());
			return new ImportReport(upload, List.of());
		}
		List<CheckedRow> checked = validate(sheet.rows(), columns, scopes.current(), done -> {
		});
		rows.store(upload.getId(), sheet.rows(), checked);
		return new ImportReport(record(upload, checked), rowErrors(checked));
	}

	/**
	 * The background half of {@link #upload}: validates the kept rows within the
	 * uploader's kept scope, reporting progress as it goes. Run again from the start if
	 * it was stopped: it writes only at the end.
	 */
	void validateStored(long importId) {
		LearnerImport upload = imports.findById(importId).orElseThrow();
		if (upload.getStatus() != LearnerImport.Status.VALIDATING) {
			return;
		}
		OrgScope scope = new OrgScope(upload.validationScope()
			.orElseThrow(() -> new IllegalStateException("Learner import " + importId + " kept no uploader scope")));
		List<String> headers = List.of(upload.getHeaders().split(ImportRows.SEPARATOR, -1));
		List<RawRow> raw = rows.rows(importId);
		List<CheckedRow> checked = validate(raw, columns(headers), scope,
				done -> rows.progress(importId, (int) (99L * done / raw.size())));
		transactions.executeWithoutResult(status -> {
			rows.storeErrors(importId, checked);
			record(imports.findById(importId).orElseThrow(), checked);
		});
	}

	private LearnerImport record(LearnerImport upload, List<CheckedRow> checked) {
		int valid = 0;
		int toUpdate = 0;
		for (CheckedRow row : checked) {
			if (row.valid()) {
				valid++;
				toUpdate += row.matchedLearnerId() == null ? 0 : 1;
			}
		}
		upload.validated(checked.size(), valid, valid - toUpdate, toUpdate);
		return upload;
	}

	private static List<RowError> rowErrors(List<CheckedRow> checked) {
		List<RowError> errors = new ArrayList<>();
		checked.forEach(row -> errors.addAll(row.errors()));
		return errors;
	}

	@Transactional(readOnly = true)
	public ImportReport report(long importId) {
		LearnerImport upload = visible(importId);
		return new ImportReport(upload, rows.errors(importId));
	}

	/** The rows as uploaded with their errors, for the annotated download. */
	@Transactional(readOnly = true)
	public AnnotatedRows annotated(long importId) {
		LearnerImport upload = visible(importId);
		Map<Integer, List<RowError>> byRow = new HashMap<>();
		for (RowError error : rows.errors(importId)) {
			byRow.computeIfAbsent(error.row(), row -> new ArrayList<>()).add(error);
		}
		List<String> headers = List.of(upload.getHeaders().split(ImportRows.SEPARATOR, -1));
		return new AnnotatedRows(headers, columns(headers), rows.rows(importId), byRow);
	}

	@Transactional
	public Outcome commit(long importId, CommitMode mode) {
		LearnerImport upload = visible(importId);
		upload.requireCommittable(mode);
		List<String> headers = List.of(upload.getHeaders().split(ImportRows.SEPARATOR, -1));
		// Checked again: the registry (or the tree) may have changed since the dry run.
		List<CheckedRow> checked = validate(rows.rows(importId), columns(headers), scopes.current(), done -> {
		});
		List<Write> writes = new ArrayList<>();
		for (CheckedRow row : checked) {
			if (row.valid()) {
				writes.add(new Write(Objects.requireNonNull(row.details(), "a valid row has its details"),
						Objects.requireNonNull(row.unit(), "a valid row has its unit"), row.matchedLearnerId()));
			}
		}
		int skipped = checked.size() - writes.size();
		if (mode == CommitMode.ALL_OR_NOTHING && skipped > 0) {
			throw ProblemException.conflict("learner-import.has-invalid-rows", skipped);
		}
		Written written = writer.write(writes, "import #" + importId);
		// The bulk writer cleared the persistence context: reload to record the outcome.
		LearnerImport committed = imports.findById(importId).orElseThrow();
		committed.committed(mode, written.created().size(), written.updated().size(), skipped, clock.instant());
		List<Long> ids = new ArrayList<>(written.created());
		ids.addAll(written.updated());
		events.publishEvent(new LearnersImported(importId, ids));
		return new Outcome(written.created().size(), written.updated().size(), skipped, importId, List.copyOf(ids));
	}

	private List<CheckedRow> validate(List<RawRow> raw, Map<ImportColumn, Integer> columns, OrgScope scope,
			IntConsumer progress) {
		ExistingLearners existing = new ExistingLearners(matchKeys(raw, columns, scope));
		Map<String, Optional<OrgUnitSummary>> unitCache = new HashMap<>();
		RowValidator validator = new RowValidator(columns,
				code -> unitCache.computeIfAbsent(code, units::findSummaryByCode), existing, scope,
				LocalDate.now(clock));
		List<CheckedRow> checked = new ArrayList<>(raw.size());
		for (RawRow row : raw) {
			checked.add(validator.check(row));
			if (checked.size() % 1000 == 0) {
				progress.accept(checked.size());
			}
		}
		return checked;
	}

	/**
	 * Learners in the caller's scope, plus anyone (anywhere) holding one of the file's
	 * CCCDs: no per-row query.
	 */
	private List<MatchKey> matchKeys(List<RawRow> raw, Map<ImportColumn, Integer> columns, OrgScope scope) {
		List<MatchKey> keys = new ArrayList<>();
		for (String root : scope.rootPaths()) {
			keys.addAll(learners.matchKeysUnder(root));
		}
		Integer citizenColumn = columns.get(ImportColumn.CITIZEN_ID);
		if (citizenColumn != null) {
			Set<String> known = new HashSet<>();
			keys.forEach(key -> known.add(key.citizenId()));
			List<String> wanted = new ArrayList<>();
			for (RawRow row : raw) {
				String id = row.cell(citizenColumn).replace(" ", "");
				String normalized = RowValidator.ELEVEN_DIGITS.matcher(id).matches() ? "0" + id : id;
				if (LearnerFields.isCitizenId(normalized) && !known.contains(normalized)) {
					wanted.add(normalized);
				}
			}
			for (int i = 0; i < wanted.size(); i += CITIZEN_ID_CHUNK) {
				keys.addAll(learners
					.matchKeysByCitizenId(wanted.subList(i, Math.min(wanted.size(), i + CITIZEN_ID_CHUNK))));
			}
		}
		return keys;
	}

	static Map<ImportColumn, Integer> columns(List<String> headers) {
		Map<ImportColumn, Integer> columns = new EnumMap<>(ImportColumn.class);
		for (int i = 0; i < headers.size(); i++) {
			int index = i;
			ImportColumn.matching(headers.get(i)).ifPresent(column -> columns.putIfAbsent(column, index));
		}
		List<String> missing = new ArrayList<>();
		for (ImportColumn column : ImportColumn.values()) {
			if (column.requiredHeader() && !columns.containsKey(column)) {
				missing.add(column.templateHeader());
			}
		}
		if (!missing.isEmpty()) {
			throw ProblemException.badRequest("learner-import.missing-columns", String.join(", ", missing),
					HeaderRow.SCAN);
		}
		return columns;
	}

	/** Only the uploader, or an ADMIN, may see and commit an import. */
	private LearnerImport visible(long importId) {
		LearnerImport upload = imports.findById(importId)
			.orElseThrow(() -> ProblemException.notFound("learner-import.not-found", importId));
		Caller caller = currentCaller.get();
		if (!caller.has(Role.ADMIN) && !caller.username().equals(upload.getUploadedBy())) {
			throw ProblemException.forbidden("learner-import.not-yours", importId);
		}
		return upload;
	}

	public record AnnotatedRows(List<String> headers, Map<ImportColumn, Integer> columns, List<RawRow> rows,
			Map<Integer, List<RowError>> errors) {
	}

}
