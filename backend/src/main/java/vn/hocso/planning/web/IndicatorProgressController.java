package vn.hocso.planning.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.hocso.planning.domain.ProgressService;
import vn.hocso.planning.domain.ProgressService.Progress;

@RestController
@Tag(name = "Plans and indicators")
@PreAuthorize("hasAnyRole('ADMIN', 'REPORTER', 'VERIFIER', 'UNIT_ADMIN')")
class IndicatorProgressController {

	private final ProgressService progress;

	IndicatorProgressController(ProgressService progress) {
		this.progress = progress;
	}

	@GetMapping("/api/plans/{planId}/indicators/{indicatorId}/progress")
	@Operation(summary = "Live progress of an indicator for a unit in the caller's scope (default: the plan's unit): "
			+ "value, target, gap, status, forecast, the denominator's source, children, categories, waves, trend")
	Progress progress(@PathVariable long planId, @PathVariable long indicatorId,
			@RequestParam(required = false) @Nullable Long unitId) {
		return progress.progress(planId, indicatorId, unitId);
	}

}
