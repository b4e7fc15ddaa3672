package vn.hocso.enrolment.web;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import vn.hocso.enrolment.domain.ClassTrainers;
import vn.hocso.enrolment.domain.ClassTrainers.TrainerOption;
import vn.hocso.enrolment.domain.EnrolmentQueries;
import vn.hocso.enrolment.domain.EnrolmentQueries.ClassView;
import vn.hocso.enrolment.domain.EnrolmentQueries.EnrolmentRow;
import vn.hocso.enrolment.domain.EnrolmentQueries.WaveView;
import vn.hocso.enrolment.domain.WaveService;
import vn.hocso.enrolment.domain.WaveService.EnrolmentResult;
import vn.hocso.enrolment.domain.WaveService.NewWave;

@RestController
@Tag(name = "Waves and enrolments")
class WaveController {

	private final WaveService waves;

	private final EnrolmentQueries queries;

	private final ClassTrainers trainers;

	WaveController(WaveService waves, EnrolmentQueries queries, ClassTrainers trainers) {
		this.trainers = trainers;
		this.waves = waves;
		this.queries = queries;
	}

	record OpenWaveRequest(@NotBlank @Size(max = 255) String name, @NotNull Long courseId,
			@NotNull LocalDate openingDate, @Nullable @Min(1) @Max(100000) Integer capacity,
			@Nullable @Min(1) @Max(100) Integer deadlineWorkingDays, @NotEmpty List<Long> unitIds) {
	}

	record EnrolRequest(@Nullable List<Long> unitIds, @Nullable List<Long> learnerIds) {
	}

	record SplitRequest(@Nullable @Min(1) @Max(500) Integer classSize) {
	}

	/**
	 * {@code confirmUntrained}: the caller confirmed a trainer who is not a trained focal
	 * point.
	 */
	record ClassRequest(@NotBlank @Size(max = 255) String name, @Nullable @Size(max = 255) String trainerUsername,
			@Nullable Boolean confirmUntrained) {
	}

	@Schema(name = "WaveMoveRequest")
	record MoveRequest(@NotNull Long classId) {
	}

	@PostMapping("/api/waves")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Open a wave of a course for unit subtrees (ADMIN); defaults: capacity 4500, 10 working days")
	WaveView open(@Valid @RequestBody OpenWaveRequest request) {
		var wave = waves.open(new NewWave(request.name(), request.courseId(), request.openingDate(),
				request.capacity() == null ? 4500 : request.capacity(),
				request.deadlineWorkingDays() == null ? 10 : request.deadlineWorkingDays(), request.unitIds()));
		return queries.wave(wave.getId());
	}

	@GetMapping("/api/waves")
	@Operation(summary = "Waves covering any part of the caller's units, newest first, with counts by status")
	List<WaveView> list() {
		return queries.visibleWaves();
	}

	@GetMapping("/api/waves/{waveId}")
	@Operation(summary = "One wave with its counts by status")
	WaveView wave(@PathVariable long waveId) {
		return queries.wave(waveId);
	}

	@PostMapping("/api/waves/{waveId}/enrolments")
	@Operation(
			summary = "Enrol the active learners of unit subtrees and/or given learners; enrolling twice changes nothing")
	EnrolmentResult enrol(@PathVariable long waveId, @RequestBody EnrolRequest request) {
		return waves.enrol(waveId, request.unitIds() == null ? List.of() : request.unitIds(),
				request.learnerIds() == null ? List.of() : request.learnerIds());
	}

	@GetMapping("/api/waves/{waveId}/enrolments")
	@Operation(summary = "The wave's learners within the caller's scope, with status, deadline and working days left")
	List<EnrolmentRow> enrolments(@PathVariable long waveId) {
		return queries.waveEnrolments(waveId);
	}

	@PostMapping("/api/waves/{waveId}/classes/split")
	@Operation(summary = "Put learners without a class into classes of at most classSize (default 36), unit by unit")
	List<ClassView> split(@PathVariable long waveId, @Valid @RequestBody SplitRequest request) {
		waves.splitIntoClasses(waveId, request.classSize() == null ? 36 : request.classSize());
		return queries.waveClasses(waveId);
	}

	@GetMapping("/api/waves/{waveId}/classes")
	@Operation(summary = "The wave's classes within the caller's scope, with their learners")
	List<ClassView> classes(@PathVariable long waveId) {
		return queries.waveClasses(waveId);
	}

	@GetMapping("/api/classes/{classId}/trainer-options")
	@Operation(
			summary = "The TRAINER users of the class's unit and the units below it, by name, to choose the class's trainer (ADMIN, UNIT_ADMIN within their units)")
	List<TrainerOption> trainerOptions(@PathVariable long classId) {
		return trainers.options(classId);
	}

	@PutMapping("/api/classes/{classId}")
	@Operation(
			summary = "Rename a class and assign its trainer (Keycloak username). A new trainer who has not completed "
					+ "an in-person programme is refused with 409 (problem enrolment.trainer-untrained) unless confirmUntrained is true")
	void assign(@PathVariable long classId, @Valid @RequestBody ClassRequest request) {
		waves.assignTrainer(classId, request.name(), request.trainerUsername(),
				Boolean.TRUE.equals(request.confirmUntrained()));
	}

	@PutMapping("/api/enrolments/{enrolmentId}/class")
	@Operation(summary = "Move a learner to another class of the same wave")
	void move(@PathVariable long enrolmentId, @Valid @RequestBody MoveRequest request) {
		waves.moveToClass(enrolmentId, request.classId());
	}

	@PostMapping("/api/enrolments/{enrolmentId}/withdraw")
	@Operation(summary = "Withdraw a learner from a wave")
	void withdraw(@PathVariable long enrolmentId) {
		waves.withdraw(enrolmentId);
	}

}
