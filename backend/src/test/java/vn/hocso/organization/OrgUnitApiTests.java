package vn.hocso.organization;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import vn.hocso.testing.KeycloakJwt;

/**
 * The org-unit API through the whole web stack (security, scoping, problem details), with
 * jwt(); and the caller's unit that identity's /api/me reads from this module.
 */
@OrganizationModuleTest
class OrgUnitApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	OrgUnitDirectory directory;

	@Test
	void unitAdminSeesTheirDistrictAndItsCommunesOnly() throws Exception {
		mvc.perform(get("/api/org-units/tree").with(KeycloakJwt.user("demo.unitadmin", "NA-DIENCHAU", "UNIT_ADMIN")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(1))
			.andExpect(jsonPath("$[0].code").value("NA-DIENCHAU"))
			.andExpect(jsonPath("$[0].children[*].code").value(hasItem("NA-DIENCHAU-DIENKY")))
			.andExpect(jsonPath("$..code").value(not(hasItem("NA-VINH"))))
			.andExpect(jsonPath("$..code").value(not(hasItem("NA"))));
	}

	@Test
	void adminSeesTheWholeProvince() throws Exception {
		mvc.perform(get("/api/org-units/tree").with(KeycloakJwt.user("demo.admin", "NA", "ADMIN")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].code").value("NA"))
			.andExpect(jsonPath("$..code").value(hasItem("NA-VINH-LEMAO")))
			.andExpect(jsonPath("$..code").value(hasItem("NA-DIENCHAU-DIENKY-TCNS")));
	}

	@Test
	void verifierAtHomeAffairsSeesTheWholeProvince() throws Exception {
		mvc.perform(get("/api/org-units/tree").with(KeycloakJwt.user("demo.verifier", "NA-SNV", "VERIFIER")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].code").value("NA"));
	}

	@Test
	void unitAdminIsDeniedASiblingDistrictWithAProblemDetail() throws Exception {
		mvc.perform(get("/api/org-units/{id}", id("NA-VINH"))
			.with(KeycloakJwt.user("demo.unitadmin", "NA-DIENCHAU", "UNIT_ADMIN")))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.code").value("org-unit.out-of-scope"))
			.andExpect(jsonPath("$.detail").value(containsString("NA-VINH")));
	}

	@Test
	void unitAdminIsDeniedASiblingSubtree() throws Exception {
		mvc.perform(get("/api/org-units/tree").param("rootId", String.valueOf(id("NA-VINH")))
			.with(KeycloakJwt.user("demo.unitadmin", "NA-DIENCHAU", "UNIT_ADMIN"))).andExpect(status().isForbidden());
	}

	@Test
	void unitDetailShowsThePathFromTheRootAndTheHistory() throws Exception {
		mvc.perform(get("/api/org-units/{id}", id("NA-DIENCHAU-DIENKY"))
			.with(KeycloakJwt.user("demo.trainer", "NA-DIENCHAU-DIENKY", "TRAINER")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.path[*].code")
				.value(org.hamcrest.Matchers.contains("NA", "NA-DIENCHAU", "NA-DIENCHAU-DIENKY")))
			.andExpect(jsonPath("$.history[0].kind").value("CREATED"));
	}

	@Test
	void unknownUnitIsNotFound() throws Exception {
		mvc.perform(get("/api/org-units/{id}", 987654321L).with(KeycloakJwt.user("demo.admin", "NA", "ADMIN")))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.code").value("org-unit.not-found"));
	}

	@Test
	void unitAdminCannotCreateUnits() throws Exception {
		mvc.perform(post("/api/org-units").with(KeycloakJwt.user("demo.unitadmin", "NA-DIENCHAU", "UNIT_ADMIN"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"code":"NA-DIENCHAU-NEW","name":"Xã Mới","type":"COMMUNE","parentId":%d,"validFrom":"2025-07-01"}
					""".formatted(id("NA-DIENCHAU"))))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.code").value("access-denied"));
	}

	@Test
	void invalidNewUnitIsRejectedNamingEachFieldInTheCallersLanguage() throws Exception {
		mvc.perform(post("/api/org-units").with(KeycloakJwt.user("demo.admin", "NA", "ADMIN"))
			.header("Accept-Language", "en")
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"code":"bad code","name":"","type":"COMMUNE","validFrom":"2025-07-01"}
					"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("validation"))
			.andExpect(jsonPath("$.title").value("Invalid data"))
			.andExpect(jsonPath("$.errors[*].field")
				.value(org.hamcrest.Matchers.containsInAnyOrder("code", "name", "parentId")));
	}

	@Test
	void adminCreatesAUnitUnderAnotherAndSeesItInTheTree() throws Exception {
		mvc.perform(post("/api/org-units").with(KeycloakJwt.user("demo.admin", "NA", "ADMIN"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(
					"""
							{"code":"NA-QUYNHLUU-TCNS","name":"Tổ công nghệ số cộng đồng","type":"COMMUNITY_TEAM","parentId":%d,"validFrom":"2025-07-01"}
							"""
						.formatted(id("NA-QUYNHLUU-QUYNHBA"))))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.path[*].code").value(hasItem("NA-QUYNHLUU-QUYNHBA")));

		mvc.perform(get("/api/org-units/tree").with(KeycloakJwt.user("x", "NA-QUYNHLUU", "UNIT_ADMIN")))
			.andExpect(jsonPath("$..code").value(hasItem("NA-QUYNHLUU-TCNS")));
	}

	@Test
	void meShowsTheCallersUnitFromTheTreeWithItsPathFromTheRoot() throws Exception {
		mvc.perform(get("/api/me").with(KeycloakJwt.user("demo.trainer", "NA-DIENCHAU-DIENKY", "TRAINER")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.orgUnit.code").value("NA-DIENCHAU-DIENKY"))
			.andExpect(jsonPath("$.orgUnit.name").value("Xã Diễn Kỷ"))
			.andExpect(jsonPath("$.orgUnit.path[*].code")
				.value(org.hamcrest.Matchers.contains("NA", "NA-DIENCHAU", "NA-DIENCHAU-DIENKY")));
		mvc.perform(get("/api/me").with(KeycloakJwt.user("x", "NO-SUCH-UNIT", "LEARNER")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.orgUnit").doesNotExist());
	}

	@Test
	void callWithoutATokenIsUnauthorizedWithAReadableProblem() throws Exception {
		mvc.perform(get("/api/org-units/tree"))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.code").value("unauthenticated"))
			.andExpect(jsonPath("$.title").value("Chưa đăng nhập"));
	}

	@Test
	void accountWithoutAUnitSeesNothing() throws Exception {
		mvc.perform(get("/api/org-units/tree").with(KeycloakJwt.user("nobody", "UNKNOWN-UNIT", "UNIT_ADMIN")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(0));
	}

	private long id(String code) {
		return directory.findSummaryByCode(code).orElseThrow().id();
	}

}
