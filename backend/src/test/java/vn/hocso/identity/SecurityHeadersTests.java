package vn.hocso.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import vn.hocso.testing.KeycloakJwt;

/**
 * The browser-facing headers on the app, the public verification page and the API; errors
 * that name nothing internal.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SecurityHeadersTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	KeycloakProperties keycloak;

	@Test
	void theAppAndTheVerificationPageCarryAStrictPolicyThatLetsOnlyKeycloakIn() throws Exception {
		String keycloakOrigin = BrowserPolicies.origin(keycloak.url());
		for (String page : new String[] { "/", "/verify/NA-2026-000123", "/api/public/config" }) {
			String csp = mvc.perform(get(page))
				.andExpect(header().string("Referrer-Policy", "no-referrer"))
				.andExpect(header().string("X-Content-Type-Options", "nosniff"))
				.andExpect(header().string("Permissions-Policy", containsString("camera=()")))
				.andExpect(header().doesNotExist("Strict-Transport-Security"))
				.andReturn()
				.getResponse()
				.getHeader("Content-Security-Policy");
			assertThat(csp).as(page)
				.contains("script-src 'self';", "style-src 'self';", "object-src 'none'", "frame-ancestors 'none'",
						"connect-src 'self' " + keycloakOrigin + ";")
				.doesNotContain("unsafe-inline", "unsafe-eval", "*");
		}
	}

	@Test
	void theSinglePageAppHasNoInlineScript() throws Exception {
		mvc.perform(get("/"))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("<script>"))))
			.andExpect(content().string(not(containsString("<script type=\"module\">"))));
	}

	@Test
	void theVerificationPageHasNoInlineStyleOrScript() throws Exception {
		mvc.perform(get("/verify/NO-SUCH-CODE"))
			.andExpect(content().string(not(containsString("<style"))))
			.andExpect(content().string(not(containsString("<script"))))
			.andExpect(content().string(not(containsString(" style="))))
			.andExpect(content().string(containsString("/verification/verification.css")));
		mvc.perform(get("/verification/verification.css"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(".status")));
	}

	@Test
	void overTlsBrowsersAreToldToStayOnIt() throws Exception {
		mvc.perform(get("/").secure(true))
			.andExpect(header().string("Strict-Transport-Security", containsString("max-age=")));
	}

	@Test
	void aMonthThatDoesNotExistIsABadRequestNamingIt() throws Exception {
		mvc.perform(get("/api/plans/1/reports/2026-13").with(KeycloakJwt.user("demo.admin", "NA", "ADMIN")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("report.period-invalid"))
			.andExpect(jsonPath("$.detail").value(containsString("2026-13")));
	}

	@Test
	void aMalformedPathNumberIsABadRequestNamingIt() throws Exception {
		mvc.perform(get("/api/plans/abc/reports/2026-10").with(KeycloakJwt.user("demo.admin", "NA", "ADMIN")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("invalid-parameter"))
			.andExpect(jsonPath("$.errors[0].field").value("planId"));
	}

}
