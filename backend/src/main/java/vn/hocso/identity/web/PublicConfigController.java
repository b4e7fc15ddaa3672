package vn.hocso.identity.web;

import java.time.Duration;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.hocso.identity.LoginSettings;

/** What the browser app needs before it can log in; nothing secret. */
@RestController
@Tag(name = "Public")
class PublicConfigController {

	private final LoginSettings loginSettings;

	PublicConfigController(LoginSettings loginSettings) {
		this.loginSettings = loginSettings;
	}

	/**
	 * Cached by the browser (issue 14): every page load asks for it before it can log in,
	 * and on a slow phone that is a round trip of its own. Fresh for 5 minutes, then used
	 * once more while the browser asks again in the background, so a changed setting
	 * reaches every browser within a visit or two.
	 */
	static final CacheControl CACHING = CacheControl.maxAge(Duration.ofMinutes(5))
		.cachePublic()
		.staleWhileRevalidate(Duration.ofDays(1));

	@GetMapping("/api/public/config")
	@Operation(
			summary = "Where the browser app logs in (Keycloak URL, realm, public client id); cacheable for 5 minutes")
	ResponseEntity<LoginSettings> config() {
		return ResponseEntity.ok().cacheControl(CACHING).body(loginSettings);
	}

}
