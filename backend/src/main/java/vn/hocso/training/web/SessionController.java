package vn.hocso.training.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import vn.hocso.training.domain.Attendance;
import vn.hocso.training.domain.AttendanceService;
import vn.hocso.training.domain.ProgrammeService;
import vn.hocso.training.domain.RotatingCode;
import vn.hocso.training.web.TrainingRequests.CheckInRequest;
import vn.hocso.training.web.TrainingRequests.MarkBatchRequest;
import vn.hocso.training.web.TrainingRequests.RescheduleRequest;
import vn.hocso.training.web.TrainingViews.BatchView;
import vn.hocso.training.web.TrainingViews.CheckInView;
import vn.hocso.training.web.TrainingViews.QrView;
import vn.hocso.training.web.TrainingViews.SessionView;

@RestController
@RequestMapping("/api/training/sessions/{id}")
@Tag(name = "Training")
class SessionController {

	private final AttendanceService attendance;

	private final ProgrammeService programmes;

	private final TrainingMapper mapper;

	SessionController(AttendanceService attendance, ProgrammeService programmes, TrainingMapper mapper) {
		this.attendance = attendance;
		this.programmes = programmes;
		this.mapper = mapper;
	}

	@PutMapping
	@Operation(summary = "Move a session to new times; check-in follows the new times (the class's teachers, ADMIN)")
	SessionView reschedule(@PathVariable long id, @Valid @RequestBody RescheduleRequest request) {
		return mapper.session(programmes.reschedule(id, request.startsAt(), request.endsAt()));
	}

	@PostMapping("/attendance")
	@Operation(
			summary = "Store a batch of attendance taps from the teacher's phone; replays and older marks change nothing (the class's teachers, ADMIN)")
	BatchView mark(@PathVariable long id, @Valid @RequestBody MarkBatchRequest request) {
		AttendanceService.BatchOutcome outcome = attendance.record(id,
				request.marks()
					.stream()
					.map(m -> new AttendanceService.TeacherMark(m.nominationId(), m.clientId(), m.present(), m.late(),
							m.leftEarly(), m.markedAt()))
					.toList());
		return new BatchView(outcome.applied(), outcome.unchanged());
	}

	@GetMapping("/qr")
	@Operation(
			summary = "The session's check-in QR code for the projector; it changes every minute (the class's teachers, ADMIN)")
	QrView qr(@PathVariable long id) {
		RotatingCode.Shown shown = attendance.showCode(id);
		// Path, not query: Keycloak refuses a login redirect_uri with a query string, and
		// the phone logs in first.
		String url = ServletUriComponentsBuilder.fromCurrentContextPath()
			.path("/training/check-in/{session}/{code}")
			.buildAndExpand(id, shown.code())
			.toUriString();
		return new QrView(id, shown.code(), shown.validUntil(), RotatingCode.LIFETIME.toSeconds(), url, QrSvg.of(url));
	}

	@PostMapping("/check-in")
	@Operation(
			summary = "Check the caller in with the code scanned from the projector: refused when the code's minute is over, the code is another session's, or the caller is not seated in the class (any logged-in participant)")
	CheckInView checkIn(@PathVariable long id, @Valid @RequestBody CheckInRequest request) {
		Attendance mark = attendance.checkIn(id, request.code());
		return new CheckInView(id, mark.isPresent(), mark.isLate(), mark.getMarkedAt());
	}

}
