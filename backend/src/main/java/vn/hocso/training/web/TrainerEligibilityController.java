package vn.hocso.training.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.hocso.training.TrainedFocalPoints;
import vn.hocso.training.domain.TrainingAccess;

@RestController
@Tag(name = "Training")
class TrainerEligibilityController {

	private final TrainedFocalPoints trained;

	private final TrainingAccess access;

	TrainerEligibilityController(TrainedFocalPoints trained, TrainingAccess access) {
		this.trained = trained;
		this.access = access;
	}

	record Eligibility(String username, boolean trained) {
	}

	@GetMapping("/api/training/trainer-eligibility")
	@Operation(
			summary = "Whether each username belongs to an official who completed an in-person programme, i.e. may guide a class; the wave's view flags the others and asks before assigning them (ADMIN, UNIT_ADMIN, VERIFIER, REPORTER)")
	List<Eligibility> eligibility(@RequestParam("username") List<String> usernames) {
		access.requireStaff();
		return usernames.stream()
			.distinct()
			.limit(200)
			.map(u -> new Eligibility(u, trained.isTrainedUsername(u)))
			.toList();
	}

}
