package vn.hocso.training.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.hocso.training.domain.NominationService;
import vn.hocso.training.web.TrainingViews.NominationView;

@RestController
@Tag(name = "Training")
class NominationController {

	private final NominationService nominations;

	private final TrainingMapper mapper;

	NominationController(NominationService nominations, TrainingMapper mapper) {
		this.nominations = nominations;
		this.mapper = mapper;
	}

	@PostMapping("/api/training/nominations/{id}/withdraw")
	@Operation(
			summary = "Withdraw a nominee before the deadline; a seat it held goes to the first on the waiting list (UNIT_ADMIN, ADMIN, in scope)")
	NominationView withdraw(@PathVariable long id) {
		return mapper.nomination(nominations.withdraw(id));
	}

}
