package vn.hocso.learner.web;

import java.io.IOException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import vn.hocso.learner.importing.ImportMessages;
import vn.hocso.learner.importing.ImportReport;
import vn.hocso.learner.importing.ImportReport.Outcome;
import vn.hocso.learner.importing.ImportWorkbooks;
import vn.hocso.learner.importing.LearnerImport;
import vn.hocso.learner.importing.LearnerImportService;
import vn.hocso.learner.web.ImportResponses.CommitResponse;
import vn.hocso.learner.web.ImportResponses.ImportReportResponse;
import vn.hocso.learner.web.LearnerRequests.CommitRequest;

@RestController
@RequestMapping("/api/learner-imports")
@Tag(name = "Learner imports")
@PreAuthorize("hasAnyRole('ADMIN', 'UNIT_ADMIN')")
class LearnerImportController {

	private static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final LearnerImportService imports;

	private final ImportWorkbooks workbooks;

	private final ImportMessages messages;

	LearnerImportController(LearnerImportService imports, ImportWorkbooks workbooks, ImportMessages messages) {
		this.imports = imports;
		this.workbooks = workbooks;
		this.messages = messages;
	}

	@GetMapping("/template")
	@Operation(summary = "The staff-list template (.xlsx) with Vietnamese headers and an example row")
	ResponseEntity<byte[]> template() {
		return xlsx("mau-danh-sach-hoc-vien.xlsx", workbooks.template());
	}

	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(
			summary = "Upload a staff list (.xlsx or .csv) and validate every row: a dry run, nothing is registered. "
					+ "200 with the report; 202 with status VALIDATING for a big file, validated in the background (poll GET /{id})")
	ResponseEntity<ImportReportResponse> upload(@RequestParam("file") MultipartFile file, @Parameter(
			description = "The worksheet to read when the workbook holds several lists (the report's otherSheets); "
					+ "by default the first visible sheet that holds one") @RequestParam(name = "sheet",
							required = false) @Nullable String sheet)
			throws IOException {
		String name = file.getOriginalFilename() == null ? "upload" : file.getOriginalFilename();
		ImportReportResponse report = report(imports.upload(name, file.getBytes(), sheet));
		return ResponseEntity
			.status(report.status() == LearnerImport.Status.VALIDATING ? HttpStatus.ACCEPTED : HttpStatus.OK)
			.body(report);
	}

	@GetMapping("/{id}")
	@Operation(summary = "An import's report: counts, per-row errors in the caller's language, progress")
	ImportReportResponse report(@PathVariable long id) {
		return report(imports.report(id));
	}

	@GetMapping("/{id}/annotated.xlsx")
	@Operation(summary = "The uploaded rows with an added \"Lỗi / Errors\" column and the wrong cells highlighted")
	ResponseEntity<byte[]> annotated(@PathVariable long id) {
		return xlsx("import-" + id + "-loi.xlsx", workbooks.annotated(imports.annotated(id)));
	}

	@PostMapping("/{id}/commit")
	@Operation(
			summary = "Store the import in one transaction: ALL_OR_NOTHING (refused if any row is invalid) or VALID_ROWS_ONLY")
	CommitResponse commit(@PathVariable long id, @Valid @RequestBody CommitRequest request) {
		Outcome outcome = imports.commit(id, request.mode());
		return new CommitResponse(outcome.created(), outcome.updated(), outcome.skipped(), outcome.learnerIds());
	}

	private ImportReportResponse report(ImportReport report) {
		return ImportReportResponse.of(report, messages, LocaleContextHolder.getLocale());
	}

	private static ResponseEntity<byte[]> xlsx(String fileName, byte[] content) {
		return ResponseEntity.ok()
			.contentType(XLSX)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(fileName).build().toString())
			.body(content);
	}

}
