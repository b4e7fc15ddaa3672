package vn.hocso.exam.web;

import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import vn.hocso.exam.domain.Exam;
import vn.hocso.exam.domain.ExamAdministration;
import vn.hocso.exam.domain.ExamPopulation;
import vn.hocso.exam.web.ExamViews.ExamView;
import vn.hocso.exam.web.ExamViews.ResultsView;
import vn.hocso.platform.ProblemException;

/** Staff: exams of the caller's subtree, and their results per unit. */
@RestController
@RequestMapping("/api/exams")
@Tag(name = "Exams")
class ExamController {

	private final ExamAdministration administration;

	private final ExamMapper mapper;

	ExamController(ExamAdministration administration, ExamMapper mapper) {
		this.administration = administration;
		this.mapper = mapper;
	}

	/**
	 * {@code positions}: for a POSITION population, the staff-list positions that make an
	 * official a candidate (matched without case or diacritics, as whole words).
	 */
	record ExamRequest(@NotBlank @Size(max = 300) String title, @Nullable @Size(max = 32) String code,
			long bankCourseId, @NotNull ExamPopulation population, @Nullable List<@Size(max = 100) String> positions,
			long unitId, @NotNull Instant opensAt, @Nullable Instant closesAt, int attemptsAllowed, int passPercent,
			int questionCount, int timeLimitMinutes, boolean certificate) {

		Exam.Terms terms() {
			if (closesAt == null) {
				throw ProblemException.badRequest("exam.window-invalid");
			}
			return new Exam.Terms(title, code, bankCourseId, population, positions == null ? List.of() : positions,
					opensAt, closesAt, attemptsAllowed, passPercent, questionCount, timeLimitMinutes, certificate);
		}

	}

	@GetMapping
	@PreAuthorize("hasAnyRole('ADMIN','UNIT_ADMIN','REPORTER','VERIFIER')")
	@Operation(summary = "Exams that concern the caller's subtree (ADMIN, UNIT_ADMIN, REPORTER, VERIFIER)")
	List<ExamView> list() {
		return administration.list().stream().map(mapper::exam).toList();
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasAnyRole('ADMIN','UNIT_ADMIN')")
	@Operation(
			summary = "Create an assessment-only exam for a unit of the caller's subtree: bank, population, window, attempts, pass mark (ADMIN, UNIT_ADMIN)")
	ExamView create(@Valid @RequestBody ExamRequest request) {
		return mapper.exam(administration.create(request.terms(), request.unitId()));
	}

	@GetMapping("/{id}")
	@PreAuthorize("hasAnyRole('ADMIN','UNIT_ADMIN','REPORTER','VERIFIER')")
	@Operation(summary = "One exam that concerns the caller's subtree")
	ExamView get(@PathVariable long id) {
		return mapper.exam(administration.get(id));
	}

	@PutMapping("/{id}")
	@PreAuthorize("hasAnyRole('ADMIN','UNIT_ADMIN')")
	@Operation(summary = "Change an exam of the caller's subtree (its unit stays)")
	ExamView change(@PathVariable long id, @Valid @RequestBody ExamRequest request) {
		return mapper.exam(administration.change(id, request.terms()));
	}

	@GetMapping("/{id}/results")
	@PreAuthorize("hasAnyRole('ADMIN','UNIT_ADMIN','REPORTER','VERIFIER')")
	@Operation(
			summary = "Candidates, assessed and passed per unit of the caller's subtree, and the candidates who have not taken it")
	ResultsView results(@PathVariable long id) {
		return mapper.results(administration.results(id));
	}

}
