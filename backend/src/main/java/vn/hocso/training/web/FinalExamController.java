package vn.hocso.training.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import vn.hocso.training.domain.FinalExams;
import vn.hocso.training.domain.TrainingProgramme;

/** A programme's end-of-class exam, which completion then requires besides attendance. */
@RestController
@Tag(name = "Training")
class FinalExamController {

	private final FinalExams finalExams;

	FinalExamController(FinalExams finalExams) {
		this.finalExams = finalExams;
	}

	record FinalExamView(long programmeId, @Nullable Long examId, int minSessions) {
	}

	record FinalExamRequest(@Nullable Long examId) {
	}

	@GetMapping("/api/training/programmes/{id}/final-exam")
	@PreAuthorize("hasAnyRole('ADMIN','UNIT_ADMIN','REPORTER','VERIFIER')")
	@Operation(summary = "The programme's completion rule: sessions to attend and the final exam to pass, if any")
	FinalExamView get(@PathVariable long id) {
		return view(finalExams.programme(id));
	}

	@PutMapping("/api/training/programmes/{id}/final-exam")
	@PreAuthorize("hasRole('ADMIN')")
	@Operation(
			summary = "Require a NAMED exam to complete the programme (null removes it); seated participants are admitted to it (ADMIN)")
	FinalExamView set(@PathVariable long id, @RequestBody FinalExamRequest request) {
		return view(finalExams.require(id, request.examId()));
	}

	private static FinalExamView view(TrainingProgramme programme) {
		return new FinalExamView(programme.getId(), programme.getFinalExamId(), programme.getMinSessions());
	}

}
