package vn.hocso.training.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Clock;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.hocso.training.domain.Attendance;
import vn.hocso.training.domain.CompletionService;
import vn.hocso.training.domain.Nomination;
import vn.hocso.training.domain.TrainingReads;
import vn.hocso.training.domain.TrainingReads.ClassSheet;
import vn.hocso.training.document.AttendanceSheetPdf;
import vn.hocso.training.document.AttendanceSheetXlsx;
import vn.hocso.training.web.TrainingViews.ClassSheetView;
import vn.hocso.training.web.TrainingViews.CompletionView;
import vn.hocso.training.web.TrainingViews.MarkView;
import vn.hocso.training.web.TrainingViews.ParticipantRow;

@RestController
@RequestMapping("/api/training/classes/{id}")
@Tag(name = "Training")
class ClassController {

	private static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final TrainingReads reads;

	private final CompletionService completions;

	private final TrainingMapper mapper;

	private final Clock clock;

	ClassController(TrainingReads reads, CompletionService completions, TrainingMapper mapper, Clock clock) {
		this.reads = reads;
		this.completions = completions;
		this.mapper = mapper;
		this.clock = clock;
	}

	@GetMapping
	@Operation(
			summary = "A class's sessions and participants with their marks: all of them for its teachers; those of the caller's subtree for ADMIN, UNIT_ADMIN, VERIFIER, REPORTER")
	ClassSheetView sheet(@PathVariable long id) {
		ClassSheet sheet = reads.classSheet(id);
		List<ParticipantRow> rows = sheet.participants().stream().map(p -> row(sheet, p)).toList();
		return new ClassSheetView(mapper.programme(sheet.programme()), mapper.trainingClass(sheet.trainingClass()),
				sheet.sessions().stream().map(mapper::session).toList(), rows, sheet.teacher());
	}

	@PostMapping("/completion")
	@Operation(
			summary = "Apply the programme's completion rule to the class's participants; each official completes once (the class's teachers, ADMIN)")
	CompletionView complete(@PathVariable long id) {
		CompletionService.Outcome outcome = completions.complete(id);
		return new CompletionView(outcome.completedNow(), outcome.alreadyCompleted(), outcome.notMeetingRule());
	}

	@GetMapping("/attendance-sheet.xlsx")
	@Operation(summary = "The attendance sheet as a spreadsheet, scoped as the class view")
	ResponseEntity<byte[]> xlsx(@PathVariable long id) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		AttendanceSheetXlsx.write(reads.classSheet(id), out);
		return file(out.toByteArray(), XLSX, "diem-danh-lop-" + id + ".xlsx");
	}

	@GetMapping("/attendance-sheet.pdf")
	@Operation(summary = "The attendance sheet as a PDF with signature blocks, for the file; scoped as the class view")
	ResponseEntity<byte[]> pdf(@PathVariable long id) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		AttendanceSheetPdf.write(reads.classSheet(id), clock.instant(), out);
		return file(out.toByteArray(), MediaType.APPLICATION_PDF, "diem-danh-lop-" + id + ".pdf");
	}

	private ParticipantRow row(ClassSheet sheet, Nomination participant) {
		List<MarkView> marks = sheet.sessions().stream().map(s -> {
			Attendance mark = sheet.markOf(s.getId(), participant.getId());
			return mark == null ? null : mapper.mark(mark);
		}).toList();
		return new ParticipantRow(participant.getId(), participant.getLearnerId(), participant.getFullName(),
				participant.getUnitId(), marks, sheet.attendedBy(participant.getId()),
				sheet.completed().contains(participant.getId()));
	}

	private static ResponseEntity<byte[]> file(byte[] body, MediaType type, String name) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.body(body);
	}

}
