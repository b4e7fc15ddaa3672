package vn.hocso.citizen.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.hocso.citizen.domain.CommunityHelpers;
import vn.hocso.citizen.domain.CommunityHelpers.CommuneHelpers;
import vn.hocso.citizen.domain.CommunityHelpers.HelperStatus;

/**
 * The COMMUNITY_HELPER role of a commune's officials, granted and revoked by who
 * administers the commune.
 */
@RestController
@Tag(name = "Community helpers")
@PreAuthorize("@accessPolicy.may('COMMUNITY_HELPER_ROLE')")
class CommunityHelperController {

	private final CommunityHelpers helpers;

	CommunityHelperController(CommunityHelpers helpers) {
		this.helpers = helpers;
	}

	@GetMapping("/api/units/{unitId}/community-helpers")
	@Operation(
			summary = "A commune's officials with an account (its own and its community digital team's) and whether each is its community helper (ADMIN, UNIT_ADMIN over the commune); a unit that is not a commune is 400")
	CommuneHelpers ofCommune(@PathVariable long unitId) {
		return helpers.ofCommune(unitId);
	}

	@PutMapping("/api/community-helpers/{learnerId}")
	@Operation(
			summary = "Grant COMMUNITY_HELPER for their commune to an official of a commune or of its community digital team who has an account (ADMIN, UNIT_ADMIN over the commune); recorded with the commune, who and when, and mapped in Keycloak")
	HelperStatus grant(@PathVariable long learnerId) {
		return helpers.grant(learnerId);
	}

	@DeleteMapping("/api/community-helpers/{learnerId}")
	@Operation(
			summary = "Revoke an official's COMMUNITY_HELPER role (ADMIN, UNIT_ADMIN over the commune); their next request as a helper is refused at once")
	HelperStatus revoke(@PathVariable long learnerId) {
		return helpers.revoke(learnerId);
	}

}
