package vn.hocso.headcount;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.hocso.organization.OrgUnitDirectory;
import vn.hocso.testing.KeycloakJwt;

/**
 * The callers and steps the headcount API tests repeat. Each test uses its own plan year.
 */
final class HeadcountApiSupport {

	static final RequestPostProcessor UNIT_ADMIN = KeycloakJwt.user("demo.unitadmin", "NA-DIENCHAU", "UNIT_ADMIN");

	static final RequestPostProcessor VERIFIER = KeycloakJwt.user("demo.verifier", "NA-SNV", "VERIFIER");

	static final RequestPostProcessor REPORTER = KeycloakJwt.user("demo.reporter", "NA", "REPORTER");

	static final RequestPostProcessor ADMIN = KeycloakJwt.user("demo.admin", "NA", "ADMIN");

	private final MockMvc mvc;

	private final OrgUnitDirectory units;

	HeadcountApiSupport(MockMvc mvc, OrgUnitDirectory units) {
		this.mvc = mvc;
		this.units = units;
	}

	long unit(String code) {
		return units.findSummaryByCode(code).orElseThrow().id();
	}

	/** A draft declared by the demo unit admin; returns its id. */
	long declare(String unitCode, String period, String counts) throws Exception {
		return declareAs(UNIT_ADMIN, unit(unitCode), period, counts);
	}

	long declareAs(RequestPostProcessor caller, long unitId, String period, String counts) throws Exception {
		String body = mvc
			.perform(post("/api/headcounts").with(caller).contentType(MediaType.APPLICATION_JSON).content("""
					{"unitId":%d,"period":"%s","counts":%s,"note":"Theo quyết định 12/QĐ"}
					""".formatted(unitId, period, counts)))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return ((Number) JsonPath.read(body, "$.id")).longValue();
	}

	void submit(long id) throws Exception {
		submitAs(UNIT_ADMIN, id);
	}

	void submitAs(RequestPostProcessor caller, long id) throws Exception {
		mvc.perform(post("/api/headcounts/{id}/submit", id).with(caller)).andExpect(status().isOk());
	}

	void approve(long id) throws Exception {
		mvc.perform(post("/api/headcounts/{id}/approve", id).with(VERIFIER)).andExpect(status().isOk());
	}

	/** Declared, submitted and approved; returns its id. */
	long approved(String unitCode, String period, String counts) throws Exception {
		long id = declare(unitCode, period, counts);
		submit(id);
		approve(id);
		return id;
	}

}
