package vn.hocso.planning.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import vn.hocso.learner.LearnerCategory;
import vn.hocso.planning.domain.Indicator.IndicatorDetails;
import vn.hocso.planning.domain.Indicator.Population;
import vn.hocso.planning.domain.IndicatorKind;
import vn.hocso.planning.domain.MeasureRule;
import vn.hocso.planning.domain.Milestone;
import vn.hocso.planning.domain.Plan.PlanDetails;
import vn.hocso.planning.domain.PlanningService;
import vn.hocso.planning.domain.ReportDue;
import vn.hocso.planning.domain.TargetUnit;
import vn.hocso.planning.web.PlanViews.IndicatorView;
import vn.hocso.planning.web.PlanViews.PlanView;

@RestController
@Tag(name = "Plans and indicators")
@PreAuthorize("hasAnyRole('ADMIN', 'REPORTER', 'VERIFIER', 'UNIT_ADMIN')")
class PlanController {

	private static final String ADMIN = "hasRole('ADMIN')";

	private final PlanningService planning;

	PlanController(PlanningService planning) {
		this.planning = planning;
	}

	record PlanRequest(@NotBlank @Size(max = 64) String number, @NotBlank @Size(max = 255) String issuer,
			@NotBlank @Size(max = 1000) String title, @Nullable LocalDate issuedOn, @NotNull Long governingUnitId,
			@NotNull LocalDate periodStart, @NotNull LocalDate periodEnd,
			@Nullable @Size(max = 255) String implementsRef, @Nullable @Size(max = 255) String signerTitle,
			@Nullable @Size(max = 255) String signerName, @Nullable List<ReportDue> reportDues) {

		PlanDetails details() {
			return new PlanDetails(number, issuer, title, issuedOn, governingUnitId, periodStart, periodEnd,
					implementsRef, signerTitle, signerName, reportDues == null ? List.of() : reportDues);
		}
	}

	record PopulationRequest(@Nullable Long unitId, @Nullable Set<LearnerCategory> categories,
			@Nullable Set<Long> courseIds, @Nullable Set<Long> waveIds, @NotNull MeasureRule rule,
			@Nullable Set<Long> examIds) {
	}

	record IndicatorRequest(@Nullable Integer position, @NotBlank @Size(max = 1000) String name,
			@NotNull BigDecimal targetValue, @NotNull TargetUnit targetUnit, @NotNull LocalDate deadline,
			@Nullable List<Milestone> milestones, @Nullable Long responsibleUnitId, @NotNull IndicatorKind kind,
			@Nullable Boolean toBeCompleted, @Nullable @Valid PopulationRequest population) {

		IndicatorDetails details() {
			return new IndicatorDetails(position == null ? 0 : position, name, targetValue, targetUnit, deadline,
					milestones == null ? List.of() : milestones, responsibleUnitId, kind,
					Boolean.TRUE.equals(toBeCompleted),
					population == null ? null
							: new Population(population.unitId(),
									population.categories() == null ? Set.of() : population.categories(),
									population.courseIds() == null ? Set.of() : population.courseIds(),
									population.waveIds() == null ? Set.of() : population.waveIds(), population.rule(),
									population.examIds() == null ? Set.of() : population.examIds()));
		}
	}

	@GetMapping("/api/plans")
	@Operation(summary = "The plans (every staff role)")
	List<PlanView> plans() {
		return planning.plans().stream().map(PlanView::of).toList();
	}

	@GetMapping("/api/plans/{planId}")
	@Operation(summary = "One plan")
	PlanView plan(@PathVariable long planId) {
		return PlanView.of(planning.plan(planId));
	}

	@PostMapping("/api/plans")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize(ADMIN)
	@Operation(summary = "Create a plan (ADMIN)")
	PlanView create(@Valid @RequestBody PlanRequest request) {
		return PlanView.of(planning.create(request.details()));
	}

	@PutMapping("/api/plans/{planId}")
	@PreAuthorize(ADMIN)
	@Operation(summary = "Edit a plan (ADMIN)")
	PlanView update(@PathVariable long planId, @Valid @RequestBody PlanRequest request) {
		return PlanView.of(planning.update(planId, request.details()));
	}

	@GetMapping("/api/plans/{planId}/indicators")
	@Operation(summary = "A plan's indicators, in the plan's order")
	List<IndicatorView> indicators(@PathVariable long planId) {
		return planning.indicatorsOf(planId).stream().map(IndicatorView::of).toList();
	}

	@PostMapping("/api/plans/{planId}/indicators")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize(ADMIN)
	@Operation(summary = "Add an indicator to a plan (ADMIN)")
	IndicatorView addIndicator(@PathVariable long planId, @Valid @RequestBody IndicatorRequest request) {
		return IndicatorView.of(planning.addIndicator(planId, request.details()));
	}

	@PutMapping("/api/plans/{planId}/indicators/{indicatorId}")
	@PreAuthorize(ADMIN)
	@Operation(summary = "Edit an indicator (ADMIN)")
	IndicatorView updateIndicator(@PathVariable long planId, @PathVariable long indicatorId,
			@Valid @RequestBody IndicatorRequest request) {
		return IndicatorView.of(planning.updateIndicator(planId, indicatorId, request.details()));
	}

	@DeleteMapping("/api/plans/{planId}/indicators/{indicatorId}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@PreAuthorize(ADMIN)
	@Operation(summary = "Remove an indicator (ADMIN)")
	void deleteIndicator(@PathVariable long planId, @PathVariable long indicatorId) {
		planning.deleteIndicator(planId, indicatorId);
	}

}
