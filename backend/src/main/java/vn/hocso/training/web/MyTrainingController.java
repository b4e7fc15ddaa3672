package vn.hocso.training.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import vn.hocso.training.domain.TrainingReads;
import vn.hocso.training.web.TrainingViews.MineView;
import vn.hocso.training.web.TrainingViews.SeatView;
import vn.hocso.training.web.TrainingViews.UnitReportView;

@RestController
@Tag(name = "Training")
class MyTrainingController {

	private final TrainingReads reads;

	private final TrainingMapper mapper;

	MyTrainingController(TrainingReads reads, TrainingMapper mapper) {
		this.reads = reads;
		this.mapper = mapper;
	}

	@GetMapping("/api/training/me")
	@Operation(
			summary = "The caller's seats (class, place, dates, completion) and the classes they teach (any logged-in user)")
	MineView mine() {
		TrainingReads.Mine mine = reads.mine();
		return new MineView(mine.seats()
			.stream()
			.map(s -> new SeatView(mapper.nomination(s.nomination()), mapper.programme(s.programme()),
					s.trainingClass().map(mapper::trainingClass).orElse(null),
					s.sessions().stream().map(mapper::session).toList(), s.completed()))
			.toList(), mine.teaching().stream().map(mapper::trainingClass).toList());
	}

	@GetMapping("/api/training/programmes/{id}/report")
	@Operation(
			summary = "Per unit in the caller's subtree: focal points nominated, seated and trained against the programme's target, and learners per trained focal point (ADMIN, UNIT_ADMIN, VERIFIER, REPORTER)")
	UnitReportView report(@PathVariable long id) {
		TrainingReads.UnitReport report = reads.unitReport(id);
		return new UnitReportView(id, report.programme().getTargetTrained(), report.nominated(), report.seated(),
				report.trained(), report.learnersPerTrained(), report.lines().stream().map(mapper::unitLine).toList());
	}

}
