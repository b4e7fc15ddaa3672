package vn.hocso.training.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.hocso.training.domain.TrainerRoleService;
import vn.hocso.training.domain.TrainerRoleService.TrainerStatus;

/**
 * The TRAINER realm role of an official, granted and revoked in Keycloak through the app.
 */
@RestController
@Tag(name = "Training")
@PreAuthorize("@accessPolicy.may('TRAINER_ROLE')")
class TrainerRoleController {

	private final TrainerRoleService trainers;

	TrainerRoleController(TrainerRoleService trainers) {
		this.trainers = trainers;
	}

	@GetMapping("/api/training/officials/{learnerId}/trainer-role")
	@Operation(
			summary = "Whether an official of the caller's subtree is trained, has an account and holds the TRAINER role (ADMIN, UNIT_ADMIN)")
	TrainerStatus status(@PathVariable long learnerId) {
		return trainers.status(learnerId);
	}

	@PutMapping("/api/training/officials/{learnerId}/trainer-role")
	@Operation(
			summary = "Grant the TRAINER role in Keycloak to an official of the caller's subtree who has an account (ADMIN, UNIT_ADMIN). One who has not completed an in-person programme: 409 training.trainer-untrained unless confirmUntrained=true")
	TrainerStatus grant(@PathVariable long learnerId, @RequestParam(defaultValue = "false") boolean confirmUntrained) {
		return trainers.grant(learnerId, confirmUntrained);
	}

	@DeleteMapping("/api/training/officials/{learnerId}/trainer-role")
	@Operation(
			summary = "Revoke the TRAINER role in Keycloak from an official of the caller's subtree (ADMIN, UNIT_ADMIN)")
	TrainerStatus revoke(@PathVariable long learnerId) {
		return trainers.revoke(learnerId);
	}

}
