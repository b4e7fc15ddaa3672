package vn.hocso.citizen.web;

import java.time.Duration;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import vn.hocso.citizen.domain.CitizenService;
import vn.hocso.citizen.domain.CitizenService.DataExport;
import vn.hocso.citizen.domain.CitizenService.Profile;
import vn.hocso.citizen.domain.CitizenService.ProfileCommand;
import vn.hocso.citizen.domain.Communes;
import vn.hocso.citizen.domain.Communes.CommuneOption;

@RestController
@Tag(name = "Citizens")
class CitizenController {

	private final CitizenService citizens;

	private final Communes communes;

	CitizenController(CitizenService citizens, Communes communes) {
		this.citizens = citizens;
		this.communes = communes;
	}

	/** What a citizen sends to complete registration. */
	record ProfileRequest(@NotNull Long communeId, @NotNull Integer birthYear, @Nullable String gender,
			boolean consent) {
	}

	@GetMapping("/api/public/communes")
	@Operation(summary = "Communes a citizen may choose as where they live (no login)")
	ResponseEntity<List<CommuneOption>> communes() {
		return ResponseEntity.ok().cacheControl(CacheControl.maxAge(Duration.ofMinutes(10))).body(communes.list());
	}

	@GetMapping("/api/me/citizen")
	@PreAuthorize("hasRole('CITIZEN')")
	@Operation(
			summary = "The calling citizen's registration (commune, year of birth, gender, consent); 404 before it is completed")
	ResponseEntity<Profile> myProfile() {
		return ResponseEntity.of(citizens.myProfile());
	}

	@PutMapping("/api/me/citizen")
	@PreAuthorize("hasRole('CITIZEN')")
	@Operation(summary = "Complete or correct the calling citizen's registration; consent is required")
	Profile saveMyProfile(@Valid @RequestBody ProfileRequest request) {
		return citizens.saveMyProfile(
				new ProfileCommand(request.communeId(), request.birthYear(), request.gender(), request.consent()));
	}

	@GetMapping("/api/me/citizen/data")
	@PreAuthorize("hasRole('CITIZEN')")
	@Operation(summary = "Download everything Học Số keeps about the calling citizen (JSON)")
	ResponseEntity<DataExport> myData() {
		return ResponseEntity.ok()
			.cacheControl(CacheControl.noStore())
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("hocso-du-lieu-cua-toi.json").build().toString())
			.body(citizens.exportMyData());
	}

	@DeleteMapping("/api/me/citizen")
	@PreAuthorize("hasRole('CITIZEN')")
	@Operation(summary = "Delete the calling citizen's account and personal data; anonymous counts stay")
	ResponseEntity<Void> deleteMe() {
		citizens.deleteMe();
		return ResponseEntity.noContent().build();
	}

}
