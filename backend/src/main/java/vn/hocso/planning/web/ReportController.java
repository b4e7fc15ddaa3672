package vn.hocso.planning.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import vn.hocso.planning.domain.ReportConfirmations;
import vn.hocso.planning.domain.ReportConfirmations.Section;
import vn.hocso.planning.document.PdfPlanReport;
import vn.hocso.planning.document.PlanReport;
import vn.hocso.planning.document.ReportService;
import vn.hocso.planning.document.XlsxPlanReport;
import vn.hocso.platform.ProblemException;

@RestController
@Tag(name = "Plan reports")
@PreAuthorize("hasAnyRole('ADMIN', 'REPORTER', 'VERIFIER', 'UNIT_ADMIN')")
class ReportController {

	private static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final ReportService reports;

	private final ReportConfirmations confirmations;

	ReportController(ReportService reports, ReportConfirmations confirmations) {
		this.reports = reports;
		this.confirmations = confirmations;
	}

	@GetMapping("/api/plans/{planId}/reports/{period}")
	@Operation(summary = "A monthly (period 2026-10) or yearly (2026) report as JSON, built from the period's snapshot")
	PlanReport report(@PathVariable long planId, @PathVariable String period,
			@RequestParam(required = false) @Nullable Long indicatorId,
			@RequestParam(required = false) @Nullable Long unitId) {
		return reports.build(planId, period, indicatorId, unitId);
	}

	@GetMapping("/api/plans/{planId}/reports/{period}/file")
	@Operation(summary = "The report as a file: format=xlsx or pdf (official layout)")
	ResponseEntity<byte[]> file(@PathVariable long planId, @PathVariable String period, @RequestParam String format,
			@RequestParam(required = false) @Nullable Long indicatorId,
			@RequestParam(required = false) @Nullable Long unitId) throws IOException {
		PlanReport report = reports.build(planId, period, indicatorId, unitId);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		MediaType type;
		switch (format) {
			case "xlsx" -> {
				XlsxPlanReport.write(report, out);
				type = XLSX;
			}
			case "pdf" -> {
				PdfPlanReport.write(report, out);
				type = MediaType.APPLICATION_PDF;
			}
			default -> throw ProblemException.badRequest("report.format-invalid", format);
		}
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(report.number() + "." + format).build().toString())
			.body(out.toByteArray());
	}

	@PostMapping("/api/plans/{planId}/reports/{period}/confirmations")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@PreAuthorize("hasAnyRole('ADMIN', 'UNIT_ADMIN')")
	@Operation(summary = "A unit directly under the plan's unit confirms its section of the period's report")
	void confirm(@PathVariable long planId, @PathVariable String period, @RequestParam long unitId) {
		confirmations.confirm(planId, period, unitId);
	}

	@GetMapping("/api/plans/{planId}/reports/{period}/confirmations")
	@Operation(summary = "Which units have confirmed their section (and who has not)")
	List<Section> confirmations(@PathVariable long planId, @PathVariable String period) {
		return confirmations.sections(planId, period);
	}

}
