package vn.hocso.citizen.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import vn.hocso.citizen.domain.AssistedCitizens;
import vn.hocso.citizen.domain.AssistedCitizens.MyCitizens;
import vn.hocso.citizen.domain.AssistedCitizens.Registered;
import vn.hocso.citizen.domain.AssistedCitizens.Registration;

/**
 * A community helper's work: register a citizen of their commune in person, print the
 * slip, follow them.
 */
@RestController
@Tag(name = "Community helpers")
@PreAuthorize("hasRole('COMMUNITY_HELPER')")
class AssistedCitizenController {

	private final AssistedCitizens assisted;

	AssistedCitizenController(AssistedCitizens assisted) {
		this.assisted = assisted;
	}

	/** What the helper writes down with the citizen, who consents in person. */
	record RegistrationRequest(@NotBlank @Size(max = 200) String fullName, @NotNull Integer birthYear,
			@Nullable String gender, boolean consentInPerson) {
	}

	@GetMapping("/api/community-helper/citizens")
	@Operation(
			summary = "The citizens the calling community helper registered in the commune of their grant, with each one's courses: lectures done, completion, certificate (COMMUNITY_HELPER with an active grant)")
	MyCitizens mine() {
		return assisted.mine();
	}

	@PostMapping("/api/community-helper/citizens")
	@Operation(
			summary = "Register a citizen of the helper's commune on their behalf (name, year of birth, gender, consent given in person): a Keycloak account in /citizens with a one-time activation code, answered once here and printed on the slip (COMMUNITY_HELPER with an active grant)")
	ResponseEntity<Registered> register(@Valid @RequestBody RegistrationRequest request) {
		Registered registered = assisted.register(
				new Registration(request.fullName(), request.birthYear(), request.gender(), request.consentInPerson()));
		return ResponseEntity.status(HttpStatus.CREATED).cacheControl(CacheControl.noStore()).body(registered);
	}

	@GetMapping(value = "/api/community-helper/citizens/{learnerId}/slip.pdf",
			produces = MediaType.APPLICATION_PDF_VALUE)
	@Operation(
			summary = "The printable account slip (A6 PDF: name, username, activation code, login address and its QR) of a citizen the caller registered, while the code is valid (409 after); any other citizen is 404 (COMMUNITY_HELPER)")
	ResponseEntity<byte[]> slip(@PathVariable long learnerId) {
		return ResponseEntity.ok()
			.cacheControl(CacheControl.noStore())
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename("phieu-tai-khoan-" + learnerId + ".pdf")
						.build()
						.toString())
			.body(assisted.slip(learnerId));
	}

}
