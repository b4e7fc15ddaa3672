package vn.hocso.identity.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

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

	@GetMapping("/api/public/config")
	@Operation(summary = "Where the browser app logs in (Keycloak URL, realm, public client id)")
	LoginSettings config() {
		return loginSettings;
	}

}
