package vn.hocso.planning.web;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import vn.hocso.planning.domain.PlanningAuditEntry;
import vn.hocso.planning.domain.ReportedValues;
import vn.hocso.planning.web.PlanViews.ReportedValueView;

@RestController
@Tag(name = "Reported indicator values")
@PreAuthorize("hasAnyRole('ADMIN', 'REPORTER', 'VERIFIER', 'UNIT_ADMIN')")
class ReportedValueController {

	private final ReportedValues values;

	ReportedValueController(ReportedValues values) {
		this.values = values;
	}

	record ReportValueRequest(@NotNull Long unitId, @NotNull BigDecimal value, @NotNull LocalDate asOf) {
	}

	record DecisionRequest(boolean accept) {
	}

	record AuditView(String action, String actor, Instant recordedAt, @Nullable String detail) {
	}

	@GetMapping("/api/plans/{planId}/indicators/{indicatorId}/reported-values")
	@Operation(summary = "Values reported for a REPORTED indicator, in the caller's scope")
	List<ReportedValueView> list(@PathVariable long planId, @PathVariable long indicatorId) {
		return values.of(planId, indicatorId).stream().map(ReportedValueView::of).toList();
	}

	@PostMapping("/api/plans/{planId}/indicators/{indicatorId}/reported-values")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasAnyRole('ADMIN', 'UNIT_ADMIN')")
	@Operation(summary = "A unit reports a value (it counts once accepted, and needs a PDF evidence first)")
	ReportedValueView submit(@PathVariable long planId, @PathVariable long indicatorId,
			@Valid @RequestBody ReportValueRequest request) {
		return ReportedValueView
			.of(values.submit(planId, indicatorId, request.unitId(), request.value(), request.asOf()));
	}

	@PostMapping(path = "/api/plans/{planId}/reported-values/{valueId}/evidence",
			consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@PreAuthorize("hasAnyRole('ADMIN', 'UNIT_ADMIN')")
	@Operation(summary = "Attach the evidence (PDF) of a reported value")
	ReportedValueView evidence(@PathVariable long planId, @PathVariable long valueId,
			@RequestParam("file") MultipartFile file) throws IOException {
		return ReportedValueView.of(values.attachEvidence(planId, valueId,
				file.getOriginalFilename() == null ? "evidence.pdf" : file.getOriginalFilename(), file.getBytes()));
	}

	@PostMapping("/api/plans/{planId}/reported-values/{valueId}/decision")
	@PreAuthorize("hasAnyRole('ADMIN', 'VERIFIER')")
	@Operation(summary = "Accept or reject a reported value (VERIFIER, ADMIN)")
	ReportedValueView decide(@PathVariable long planId, @PathVariable long valueId,
			@RequestBody DecisionRequest request) {
		return ReportedValueView.of(values.decide(planId, valueId, request.accept()));
	}

	@GetMapping("/api/plans/{planId}/reported-values/{valueId}/history")
	@Operation(summary = "The audit of a reported value")
	List<AuditView> history(@PathVariable long planId, @PathVariable long valueId) {
		return values.history(planId, valueId)
			.stream()
			.map((PlanningAuditEntry e) -> new AuditView(e.getAction(), e.getActor(), e.getRecordedAt(), e.getDetail()))
			.toList();
	}

}
