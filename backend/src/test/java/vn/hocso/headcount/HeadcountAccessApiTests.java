package vn.hocso.headcount;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.hocso.headcount.HeadcountApiSupport.ADMIN;
import static vn.hocso.headcount.HeadcountApiSupport.REPORTER;
import static vn.hocso.headcount.HeadcountApiSupport.UNIT_ADMIN;
import static vn.hocso.headcount.HeadcountApiSupport.VERIFIER;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import vn.hocso.organization.OrgUnitDirectory;
import vn.hocso.testing.KeycloakJwt;

/** Who may do what with declarations, and each denial, through HTTP. */
@HeadcountModuleTest
class HeadcountAccessApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	OrgUnitDirectory units;

	HeadcountApiSupport api;

	@BeforeEach
	void setUp() {
		api = new HeadcountApiSupport(mvc, units);
	}

	@Test
	void verifierCannotCreateADeclaration() throws Exception {
		mvc.perform(post("/api/headcounts").with(VERIFIER)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"unitId\":%d,\"period\":\"2041\",\"counts\":{\"CAN_BO\":4}}".formatted(api.unit("NA-VINH"))))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.code").value("access-denied"));
	}

	@Test
	void verifierCannotEditADeclaration() throws Exception {
		long id = api.declare("NA-DIENCHAU", "2042", "{\"CAN_BO\":4}");
		api.submit(id);
		mvc.perform(post("/api/headcounts/{id}/return", id).with(VERIFIER)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"reason\":\"Kiểm tra lại\"}")).andExpect(status().isOk());

		mvc.perform(put("/api/headcounts/{id}", id).with(VERIFIER)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"version\":2,\"counts\":{\"CAN_BO\":40}}"))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.code").value("access-denied"));
	}

	@Test
	void unitAdminCannotApproveTheirOwnDeclaration() throws Exception {
		long id = api.declare("NA-DIENCHAU", "2043", "{\"CAN_BO\":4}");
		api.submit(id);

		mvc.perform(post("/api/headcounts/{id}/approve", id).with(UNIT_ADMIN))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.code").value("access-denied"));
	}

	@Test
	void unitAdminCannotReturnADeclaration() throws Exception {
		long id = api.declare("NA-DIENCHAU", "2044", "{\"CAN_BO\":4}");
		api.submit(id);

		mvc.perform(post("/api/headcounts/{id}/return", id).with(UNIT_ADMIN)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"reason\":\"x\"}")).andExpect(status().isForbidden());
	}

	@Test
	void unitAdminCannotDeclareForASiblingUnit() throws Exception {
		mvc.perform(post("/api/headcounts").with(UNIT_ADMIN)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"unitId\":%d,\"period\":\"2045\",\"counts\":{\"CAN_BO\":4}}".formatted(api.unit("NA-VINH"))))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.code").value("org-unit.out-of-scope"));
	}

	@Test
	void unitAdminCannotReadASiblingUnitsDeclaration() throws Exception {
		long id = declareAsAdmin("NA-VINH-LEMAO", "2046");

		mvc.perform(get("/api/headcounts/{id}", id).with(UNIT_ADMIN)).andExpect(status().isForbidden());
		mvc.perform(get("/api/headcounts/{id}/audit", id).with(UNIT_ADMIN)).andExpect(status().isForbidden());
		mvc.perform(get("/api/headcounts").param("period", "2046").with(UNIT_ADMIN))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].id").value(not(hasItem((int) id))));
	}

	@Test
	void reporterReadsButCannotDeclareSubmitOrApprove() throws Exception {
		long id = api.declare("NA-DIENCHAU", "2047", "{\"CAN_BO\":4}");

		mvc.perform(get("/api/headcounts").param("period", "2047").with(REPORTER))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].id").value(hasItem((int) id)));
		mvc.perform(get("/api/headcounts/{id}", id).with(REPORTER)).andExpect(status().isOk());
		mvc.perform(post("/api/headcounts").with(REPORTER)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"unitId\":%d,\"period\":\"2047\",\"counts\":{\"CAN_BO\":4}}".formatted(api.unit("NA-VINH"))))
			.andExpect(status().isForbidden());
		mvc.perform(post("/api/headcounts/{id}/submit", id).with(REPORTER)).andExpect(status().isForbidden());
		mvc.perform(post("/api/headcounts/{id}/approve", id).with(REPORTER)).andExpect(status().isForbidden());
	}

	@Test
	void trainersAndLearnersCannotSeeHeadcounts() throws Exception {
		long id = api.declare("NA-DIENCHAU-DIENKY", "2048", "{\"CAN_BO\":4}");

		mvc.perform(
				get("/api/headcounts/{id}", id).with(KeycloakJwt.user("demo.trainer", "NA-DIENCHAU-DIENKY", "TRAINER")))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/headcounts").with(KeycloakJwt.user("demo.learner", "NA-DIENCHAU-DIENKY", "LEARNER")))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/headcounts/reconciliation").param("period", "2048")
			.with(KeycloakJwt.user("demo.trainer", "NA-DIENCHAU-DIENKY", "TRAINER"))).andExpect(status().isForbidden());
	}

	@Test
	void verifierSeesDeclarationsAcrossTheProvince() throws Exception {
		long dienChau = api.declare("NA-DIENCHAU-DIENHONG", "2049", "{\"CAN_BO\":4}");
		long vinh = declareAsAdmin("NA-VINH-HUNGBINH", "2049");

		mvc.perform(get("/api/headcounts").param("period", "2049").with(VERIFIER))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].id").value(hasItem((int) dienChau)))
			.andExpect(jsonPath("$[*].id").value(hasItem((int) vinh)));
	}

	@Test
	void returningWithoutAReasonIsABadRequestNamingTheField() throws Exception {
		long id = api.declare("NA-DIENCHAU", "2050", "{\"CAN_BO\":4}");
		api.submit(id);

		mvc.perform(post("/api/headcounts/{id}/return", id).with(VERIFIER)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{}")).andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("reason"));
	}

	@Test
	void aNegativeCountIsABadRequestNamingTheCategory() throws Exception {
		mvc.perform(post("/api/headcounts").with(UNIT_ADMIN)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"unitId\":%d,\"period\":\"2051\",\"counts\":{\"CAN_BO\":-3}}"
				.formatted(api.unit("NA-DIENCHAU"))))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value(org.hamcrest.Matchers.containsString("counts")))
			.andExpect(jsonPath("$.errors[0].field").value(org.hamcrest.Matchers.containsString("CAN_BO")));
	}

	@Test
	void aPeriodThatIsNotAYearIsABadRequestNamingTheField() throws Exception {
		mvc.perform(post("/api/headcounts").with(UNIT_ADMIN)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"unitId\":%d,\"period\":\"26\",\"counts\":{\"CAN_BO\":3}}".formatted(api.unit("NA-DIENCHAU"))))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("period"));
	}

	private long declareAsAdmin(String unitCode, String period) throws Exception {
		String body = mvc
			.perform(post("/api/headcounts").with(ADMIN)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"unitId\":%d,\"period\":\"%s\",\"counts\":{\"CAN_BO\":9}}".formatted(api.unit(unitCode),
						period)))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return ((Number) com.jayway.jsonpath.JsonPath.read(body, "$.id")).longValue();
	}

}
