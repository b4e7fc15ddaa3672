package vn.hocso.training.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import vn.hocso.training.domain.AllotmentService;
import vn.hocso.training.domain.NominationService;
import vn.hocso.training.domain.ProgrammeService;
import vn.hocso.training.domain.TrainingProgramme;
import vn.hocso.training.web.TrainingRequests.AddClassRequest;
import vn.hocso.training.web.TrainingRequests.AllotRequest;
import vn.hocso.training.web.TrainingRequests.NominateRequest;
import vn.hocso.training.web.TrainingRequests.OpenProgrammeRequest;
import vn.hocso.training.web.TrainingViews.AllotmentView;
import vn.hocso.training.web.TrainingViews.ClassView;
import vn.hocso.training.web.TrainingViews.NominationView;
import vn.hocso.training.web.TrainingViews.ProgrammeView;
import vn.hocso.training.web.TrainingViews.UnitView;

@RestController
@RequestMapping("/api/training/programmes")
@Tag(name = "Training")
class ProgrammeController {

	/**
	 * Plan 420: units send one or two officials each; two unless the ADMIN says
	 * otherwise.
	 */
	private static final int DEFAULT_NOMINATION_LIMIT = 2;

	/** Plan 420: 1,000 focal points (10 classes of 100). */
	private static final int DEFAULT_TARGET = 1000;

	private final ProgrammeService programmes;

	private final NominationService nominations;

	private final AllotmentService allotment;

	private final TrainingMapper mapper;

	ProgrammeController(ProgrammeService programmes, NominationService nominations, AllotmentService allotment,
			TrainingMapper mapper) {
		this.programmes = programmes;
		this.nominations = nominations;
		this.allotment = allotment;
		this.mapper = mapper;
	}

	@GetMapping
	@Operation(summary = "In-person programmes (ADMIN, UNIT_ADMIN, VERIFIER, REPORTER)")
	List<ProgrammeView> list() {
		return programmes.list().stream().map(mapper::programme).toList();
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(
			summary = "Open an in-person programme: classes, seats, days, period, nomination limit and deadline, completion rule (ADMIN)")
	ProgrammeView open(@Valid @RequestBody OpenProgrammeRequest request) {
		return mapper.programme(programmes
			.open(new TrainingProgramme.Shape(request.name(), request.contentOutline(), request.classCount(),
					request.seatsPerClass(), request.daysPerClass(), request.periodStart(), request.periodEnd(),
					request.nominationLimit() == null ? DEFAULT_NOMINATION_LIMIT : request.nominationLimit(),
					request.nominationDeadline(), request.minSessions(),
					request.targetTrained() == null ? DEFAULT_TARGET : request.targetTrained())));
	}

	@GetMapping("/{id}")
	@Operation(summary = "One programme (ADMIN, UNIT_ADMIN, VERIFIER, REPORTER)")
	ProgrammeView get(@PathVariable long id) {
		return mapper.programme(programmes.get(id));
	}

	@GetMapping("/{id}/classes")
	@Operation(summary = "The programme's classes (ADMIN, UNIT_ADMIN, VERIFIER, REPORTER)")
	List<ClassView> classes(@PathVariable long id) {
		return programmes.classesOf(id).stream().map(mapper::trainingClass).toList();
	}

	@PostMapping("/{id}/classes")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(
			summary = "Add a class with its venue, first day, teachers and optional area; its sessions (each day, morning and afternoon) are created with it (ADMIN)")
	ClassView addClass(@PathVariable long id, @Valid @RequestBody AddClassRequest request) {
		return mapper.trainingClass(programmes.addClass(id, new ProgrammeService.NewClass(request.name(),
				request.venue(), request.startDate(), request.seats(), request.areaUnitId(), request.teachers())));
	}

	@GetMapping("/{id}/nominations")
	@Operation(summary = "Nominations in the caller's org-unit subtree (ADMIN, UNIT_ADMIN, VERIFIER, REPORTER)")
	List<NominationView> nominations(@PathVariable long id) {
		return nominations.list(id).stream().map(mapper::nomination).toList();
	}

	@PostMapping("/{id}/nominations")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(
			summary = "Nominate an official of the caller's subtree, before the deadline and within the per-unit limit (UNIT_ADMIN, ADMIN)")
	NominationView nominate(@PathVariable long id, @Valid @RequestBody NominateRequest request) {
		return mapper.nomination(nominations.nominate(id, request.learnerId(), request.preferredClassId()));
	}

	@GetMapping("/{id}/units-without-nominations")
	@Operation(
			summary = "Active departments, mass organisations, districts and communes in the caller's subtree that have nominated nobody (ADMIN, UNIT_ADMIN, VERIFIER, REPORTER)")
	List<UnitView> unitsWithout(@PathVariable long id) {
		return nominations.unitsWithoutNominations(id).stream().map(mapper::unit).toList();
	}

	@PostMapping("/{id}/allotment")
	@Operation(
			summary = "Give seats to nominees not yet seated, by date preference or by area; the rest join the waiting list; the seated are told by e-mail (ADMIN)")
	AllotmentView allot(@PathVariable long id, @Valid @RequestBody AllotRequest request) {
		AllotmentService.Outcome outcome = allotment.allot(id, request.mode());
		return new AllotmentView(outcome.seated(), outcome.waiting());
	}

}
