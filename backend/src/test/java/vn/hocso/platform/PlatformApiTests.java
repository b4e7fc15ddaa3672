package vn.hocso.platform;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import vn.hocso.testing.KeycloakJwt;

@SpringBootTest
@AutoConfigureMockMvc
class PlatformApiTests {

	@Autowired
	MockMvc mvc;

	@Test
	void openApiDocumentIsVersion31AndListsTheFoundationEndpoints() throws Exception {
		mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.openapi").value(startsWith("3.1")))
			.andExpect(jsonPath("$.paths").value(hasKey("/api/me")))
			.andExpect(jsonPath("$.paths").value(hasKey("/api/org-units/tree")))
			.andExpect(jsonPath("$.paths").value(hasKey("/api/org-units/{id}")));
	}

	@Test
	void healthIsPublicButMetricsAreForAdminsOnly() throws Exception {
		mvc.perform(get("/actuator/health")).andExpect(status().isOk());
		mvc.perform(get("/actuator/prometheus").with(KeycloakJwt.user("demo.learner", "NA-DIENCHAU-DIENKY", "LEARNER")))
			.andExpect(status().isForbidden());
		mvc.perform(get("/actuator/prometheus").with(KeycloakJwt.user("demo.admin", "NA", "ADMIN")))
			.andExpect(status().isOk());
	}

	@Test
	void deepLinksIntoTheAppServeTheAppSoAReloadWorks() throws Exception {
		mvc.perform(get("/org-units"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
			.andExpect(content().string(containsString("<div id=\"root\">")));
	}

	@Test
	void unknownApiPathsAreProblemsNotTheApp() throws Exception {
		mvc.perform(get("/api/no-such-thing").with(KeycloakJwt.user("demo.admin", "NA", "ADMIN")))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void everyResponseCarriesARequestIdAndProblemsRepeatIt() throws Exception {
		mvc.perform(get("/api/org-units/not-a-number").header("X-Request-Id", "test-request-0001")
			.with(KeycloakJwt.user("demo.admin", "NA", "ADMIN")))
			.andExpect(status().isBadRequest())
			.andExpect(header().string("X-Request-Id", "test-request-0001"))
			.andExpect(jsonPath("$.requestId").value("test-request-0001"))
			.andExpect(jsonPath("$.errors[0].field").value("id"));
	}

}
