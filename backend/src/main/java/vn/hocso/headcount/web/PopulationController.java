package vn.hocso.headcount.web;

import java.io.IOException;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import vn.hocso.headcount.population.PopulationReads;
import vn.hocso.headcount.population.PopulationSheet;
import vn.hocso.headcount.population.PopulationWorkflow;
import vn.hocso.headcount.web.PopulationViews.CommunePopulationView;
import vn.hocso.headcount.web.PopulationViews.DeclarePopulationRequest;
import vn.hocso.headcount.web.PopulationViews.ImportResultView;
import vn.hocso.headcount.web.PopulationViews.PopulationView;
import vn.hocso.headcount.web.PopulationViews.ReturnPopulationRequest;

/**
 * Working-age populations per commune and year: the denominator of citizen indicators.
 */
@RestController
@RequestMapping("/api/populations")
@Tag(name = "Working-age populations")
class PopulationController {

	private final PopulationWorkflow workflow;

	private final PopulationReads reads;

	private final PopulationMapper mapper;

	PopulationController(PopulationWorkflow workflow, PopulationReads reads, PopulationMapper mapper) {
		this.workflow = workflow;
		this.reads = reads;
		this.mapper = mapper;
	}

	@GetMapping
	@PreAuthorize("@accessPolicy.may('POPULATION_READ')")
	@Operation(
			summary = "Every open commune under the unit (default: the caller's subtree) with its verified working-age population for the year and its latest declaration")
	List<CommunePopulationView> communes(@RequestParam @Parameter(example = "2026") String period,
			@RequestParam(required = false) @Nullable Long unitId) {
		return reads.communes(period, unitId).stream().map(mapper::commune).toList();
	}

	@GetMapping("/history")
	@PreAuthorize("@accessPolicy.may('POPULATION_READ')")
	@Operation(
			summary = "Every revision of one commune's working-age population for the year, newest first, with who declared and who decided")
	List<PopulationView> history(@RequestParam long unitId, @RequestParam @Parameter(example = "2026") String period) {
		return reads.history(unitId, period).stream().map(mapper::declaration).toList();
	}

	@GetMapping("/{id}")
	@PreAuthorize("@accessPolicy.may('POPULATION_READ')")
	@Operation(summary = "One declaration of a working-age population")
	PopulationView get(@PathVariable long id) {
		return mapper.declaration(reads.get(id));
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("@accessPolicy.may('POPULATION_DECLARE')")
	@Operation(
			summary = "Declare a commune's working-age population for a year with its source; it goes for verification at once (UNIT_ADMIN of the commune or above, ADMIN)")
	PopulationView declare(@Valid @RequestBody DeclarePopulationRequest request) {
		return mapper.declaration(workflow.declare(request.unitId(), request.period(), request.workingAge(),
				request.source(), request.note()));
	}

	@PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@PreAuthorize("@accessPolicy.may('POPULATION_DECLARE')")
	@Operation(
			summary = "Declare many communes' working-age populations from an .xlsx or CSV file (columns: Mã đơn vị, Dân số trong độ tuổi lao động, optional Nguồn số liệu and Năm); all rows or none, problems named by row")
	ImportResultView importFile(@RequestPart("file") MultipartFile file,
			@RequestParam @Parameter(example = "2026") String period,
			@RequestParam(required = false) @Nullable String source) throws IOException {
		var declared = workflow.importRows(period, PopulationSheet.read(file.getBytes()), source);
		return new ImportResultView(declared.size(), declared.stream().map(mapper::declaration).toList());
	}

	@PostMapping("/{id}/approve")
	@PreAuthorize("@accessPolicy.may('POPULATION_VERIFY')")
	@Operation(
			summary = "Verify a declared working-age population: it becomes the commune's denominator (VERIFIER, ADMIN, or a UNIT_ADMIN of a unit above the commune; never one's own declaration)")
	PopulationView approve(@PathVariable long id) {
		return mapper.declaration(workflow.approve(id));
	}

	@PostMapping("/{id}/return")
	@PreAuthorize("@accessPolicy.may('POPULATION_VERIFY')")
	@Operation(summary = "Return a declared working-age population to the commune with a reason (as approve)")
	PopulationView returnForCorrection(@PathVariable long id, @Valid @RequestBody ReturnPopulationRequest request) {
		return mapper.declaration(workflow.returnForCorrection(id, request.reason()));
	}

}
