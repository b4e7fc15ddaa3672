package vn.hocso.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.hocso.organization.OrgUnitDirectory;
import vn.hocso.testing.KeycloakJwt;

/**
 * GET /api/me/tasks: each staff role's work, counted within the caller's scope; learners
 * refused.
 */
@SpringBootTest
@AutoConfigureMockMvc
class MyTasksApiTests {

	static final RequestPostProcessor DIENCHAU_ADMIN = KeycloakJwt.user("demo.unitadmin", "NA-DIENCHAU", "UNIT_ADMIN");

	static final RequestPostProcessor VINH_ADMIN = KeycloakJwt.user("vinh.unitadmin", "NA-VINH", "UNIT_ADMIN");

	static final RequestPostProcessor VERIFIER = KeycloakJwt.user("demo.verifier", "NA-SNV", "VERIFIER");

	static final RequestPostProcessor ADMIN = KeycloakJwt.user("demo.admin", "NA", "ADMIN");

	static final RequestPostProcessor REPORTER = KeycloakJwt.user("demo.reporter", "NA", "REPORTER");

	static final RequestPostProcessor TRAINER = KeycloakJwt.user("tasks.trainer", "NA-DIENCHAU-DIENKY", "TRAINER");

	static final RequestPostProcessor LEARNER = KeycloakJwt.user("tasks.learner", "NA-DIENCHAU-DIENKY", "LEARNER");

	@Autowired
	MockMvc mvc;

	@Autowired
	OrgUnitDirectory units;

	@Test
	void aLearnerHasNoTaskHome() throws Exception {
		mvc.perform(get("/api/me/tasks").with(LEARNER)).andExpect(status().isForbidden());
	}

	@Test
	void aSubmittedDeclarationWaitsForTheVerifierAndLeavesTheDraftsOfTheUnit() throws Exception {
		long waitingBefore = count(VERIFIER, "headcounts-waiting");
		long toDeclareBefore = count(DIENCHAU_ADMIN, "headcounts-to-declare");

		long id = declare("NA-DIENCHAU-DIENKY", "2041");
		assertThat(count(DIENCHAU_ADMIN, "headcounts-to-declare")).isEqualTo(toDeclareBefore + 1);
		assertThat(count(VERIFIER, "headcounts-waiting")).isEqualTo(waitingBefore);

		mvc.perform(post("/api/headcounts/{id}/submit", id).with(DIENCHAU_ADMIN)).andExpect(status().isOk());
		assertThat(count(VERIFIER, "headcounts-waiting")).isEqualTo(waitingBefore + 1);
		assertThat(count(DIENCHAU_ADMIN, "headcounts-to-declare")).isEqualTo(toDeclareBefore);
	}

	@Test
	void aUnitAdminCountsOnlyTheDraftsOfTheirOwnSubtree() throws Exception {
		long vinhBefore = count(VINH_ADMIN, "headcounts-to-declare");
		declare("NA-DIENCHAU-DIENKY", "2042");
		assertThat(count(VINH_ADMIN, "headcounts-to-declare")).isEqualTo(vinhBefore);
	}

	@Test
	void eachRoleGetsItsOwnKindsOfWorkWithALinkToThePageThatListsThem() throws Exception {
		assertThat(kinds(VERIFIER)).containsExactly("headcounts-waiting");
		assertThat(kinds(DIENCHAU_ADMIN)).containsExactlyInAnyOrder("headcounts-to-declare", "issuances-failed",
				"imports-to-finish");
		assertThat(kinds(ADMIN)).containsExactlyInAnyOrder("jobs-running", "jobs-failed");
		assertThat(kinds(REPORTER)).containsExactlyInAnyOrder("reports-due", "units-unconfirmed");
		// A trainer without classes has nothing behind and is sent to the list of
		// classes.
		mvc.perform(get("/api/me/tasks").with(TRAINER))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.tasks[?(@.kind == 'learners-behind')].count").value(0))
			.andExpect(jsonPath("$.tasks[?(@.kind == 'learners-behind')].link").value("/my-classes"))
			.andExpect(jsonPath("$.tasks[?(@.kind == 'deadline-soon')].role").value("TRAINER"));
	}

	private long declare(String unitCode, String period) throws Exception {
		long unitId = units.findSummaryByCode(unitCode).orElseThrow().id();
		String body = mvc
			.perform(post("/api/headcounts").with(DIENCHAU_ADMIN).contentType(MediaType.APPLICATION_JSON).content("""
					{"unitId":%d,"period":"%s","counts":{"CONG_CHUC":30},"note":"Theo quyết định 12/QĐ"}
					""".formatted(unitId, period)))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return ((Number) JsonPath.read(body, "$.id")).longValue();
	}

	private List<Map<String, Object>> tasks(RequestPostProcessor caller) throws Exception {
		String body = mvc.perform(get("/api/me/tasks").with(caller))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return JsonPath.read(body, "$.tasks");
	}

	private List<String> kinds(RequestPostProcessor caller) throws Exception {
		return tasks(caller).stream().map(task -> (String) task.get("kind")).toList();
	}

	private long count(RequestPostProcessor caller, String kind) throws Exception {
		return tasks(caller).stream()
			.filter(task -> kind.equals(task.get("kind")))
			.mapToLong(task -> ((Number) task.get("count")).longValue())
			.findFirst()
			.orElseThrow(() -> new AssertionError(kind + " is not among the tasks"));
	}

}
