package vn.hocso.planning;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.hocso.planning.PlanningFixture.ADMIN;
import static vn.hocso.planning.PlanningFixture.REPORTER;
import static vn.hocso.planning.PlanningFixture.UNIT_ADMIN;
import static vn.hocso.planning.PlanningFixture.VERIFIER;

import com.jayway.jsonpath.JsonPath;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import vn.hocso.learner.LearnerCategory;
import vn.hocso.organization.OrgUnitDirectory;

/**
 * Values reported by units count only once accepted; the public dashboard hides small
 * cells.
 */
@PlanningModuleTest
@Transactional
class IndicatorValuesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	OrgUnitDirectory units;

	@Autowired
	PlanningLearners learners;

	PlanningFixture fixture;

	long plan;

	@BeforeEach
	void setUp() throws Exception {
		learners.clear();
		fixture = new PlanningFixture(mvc, units, learners);
		plan = fixture.planId("420/KH-UBND");
	}

	@Test
	void aReportedValueCountsOnlyOnceAVerifierAcceptedItWithItsEvidence() throws Exception {
		// Vĩnh Long's "at least 2 provincial experts" is entered by units (420's focal
		// points are measured now).
		plan = fixture.planId("618/QĐ-UBND");
		long experts = fixture.indicatorId(plan, 5);
		String dienChau = String.valueOf(fixture.unit("NA-DIENCHAU").id());
		String created = mvc
			.perform(post("/api/plans/{p}/indicators/{i}/reported-values", plan, experts).with(UNIT_ADMIN)
				.contentType("application/json")
				.content("{\"unitId\":%s,\"value\":3,\"asOf\":\"2023-09-10\"}".formatted(dienChau)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("SUBMITTED"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		long value = ((Number) JsonPath.read(created, "$.id")).longValue();
		progressOfDienChau(experts).andExpect(jsonPath("$.value").value(nullValue()));

		mvc.perform(post("/api/plans/{p}/reported-values/{v}/decision", plan, value).with(VERIFIER)
			.contentType("application/json")
			.content("{\"accept\":true}")).andExpect(status().isConflict());
		mvc.perform(multipart("/api/plans/{p}/reported-values/{v}/evidence", plan, value)
			.file(new MockMultipartFile("file", "bien-ban.pdf", "application/pdf", "not a pdf".getBytes()))
			.with(UNIT_ADMIN)).andExpect(status().isBadRequest());
		mvc.perform(multipart("/api/plans/{p}/reported-values/{v}/evidence", plan, value)
			.file(new MockMultipartFile("file", "bien-ban.pdf", "application/pdf", "%PDF-1.4 minimal".getBytes()))
			.with(UNIT_ADMIN)).andExpect(status().isOk());
		mvc.perform(post("/api/plans/{p}/reported-values/{v}/decision", plan, value).with(UNIT_ADMIN)
			.contentType("application/json")
			.content("{\"accept\":true}")).andExpect(status().isForbidden());
		progressOfDienChau(experts).andExpect(jsonPath("$.value").value(nullValue()));

		mvc.perform(post("/api/plans/{p}/reported-values/{v}/decision", plan, value).with(VERIFIER)
			.contentType("application/json")
			.content("{\"accept\":true}")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("ACCEPTED"));
		progressOfDienChau(experts).andExpect(jsonPath("$.value").value(3.0));
		mvc.perform(get("/api/plans/{p}/reported-values/{v}/history", plan, value).with(REPORTER))
			.andExpect(jsonPath("$[*].action").value(contains("SUBMITTED", "EVIDENCE", "ACCEPTED")))
			.andExpect(jsonPath("$[2].actor").value("demo.verifier"));
	}

	@Test
	void aMeasuredIndicatorCannotBeTypedIn() throws Exception {
		long officials = fixture.indicatorId(plan, 1);
		mvc.perform(post("/api/plans/{p}/indicators/{i}/reported-values", plan, officials).with(ADMIN)
			.contentType("application/json")
			.content("{\"unitId\":%d,\"value\":100,\"asOf\":\"2023-09-10\"}".formatted(fixture.unit("NA").id())))
			.andExpect(status().isConflict());
	}

	@Test
	void thePublicDashboardNeedsNoLoginAndHidesPopulationsBelowTheMinimum() throws Exception {
		fixture.createCommune("PLP-D", "NA");
		fixture.createCommune("PLP-D-A", "PLP-D");
		fixture.createCommune("PLP-S", "NA");
		fixture.register("PLP-D-A", LearnerCategory.CONG_CHUC, 12);
		fixture.register("PLP-D-A", LearnerCategory.VIEN_CHUC, 11);
		fixture.register("PLP-D-A", LearnerCategory.CAN_BO, 3);
		fixture.register("PLP-S", LearnerCategory.CONG_CHUC, 9);
		long district = planGoverning("PLP-D", "1/PLP");
		long small = planGoverning("PLP-S", "2/PLP");

		mvc.perform(get("/api/public/plans")).andExpect(status().isOk());
		mvc.perform(get("/api/public/plans/{p}/dashboard", district))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.indicators[0].suppressed").value(false))
			.andExpect(jsonPath("$.indicators[0].population").value(26))
			.andExpect(
					jsonPath("$.indicators[0].categories[?(@.category == 'CAN_BO')].suppressed").value(contains(true)))
			.andExpect(
					jsonPath("$.indicators[0].categories[?(@.category == 'CAN_BO')].rate").value(contains(nullValue())))
			// With only CAN_BO hidden it could be worked out from the total: the next
			// smallest is hidden too.
			.andExpect(jsonPath("$.indicators[0].categories[?(@.category == 'VIEN_CHUC')].suppressed")
				.value(contains(true)))
			.andExpect(jsonPath("$.indicators[0].categories[?(@.category == 'CONG_CHUC')].suppressed")
				.value(contains(false)));
		mvc.perform(get("/api/public/plans/{p}/dashboard", small))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.indicators[0].suppressed").value(true))
			.andExpect(jsonPath("$.indicators[0].value").value(nullValue()))
			.andExpect(jsonPath("$.indicators[0].population").value(nullValue()));
	}

	private org.springframework.test.web.servlet.ResultActions progressOfDienChau(long indicator) throws Exception {
		return mvc
			.perform(get("/api/plans/{p}/indicators/{i}/progress", plan, indicator)
				.param("unitId", String.valueOf(fixture.unit("NA-DIENCHAU").id()))
				.with(REPORTER))
			.andExpect(status().isOk());
	}

	private long planGoverning(String unitCode, String number) throws Exception {
		String created = mvc.perform(post("/api/plans").with(ADMIN).contentType("application/json").content("""
				{"number":"%s","issuer":"UBND","title":"Kế hoạch","governingUnitId":%d,
				 "periodStart":"2026-01-01","periodEnd":"2026-12-31"}
				""".formatted(number, fixture.unit(unitCode).id())))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		long id = ((Number) JsonPath.read(created, "$.id")).longValue();
		mvc.perform(post("/api/plans/{p}/indicators", id).with(ADMIN).contentType("application/json").content("""
				{"name":"100% công chức hoàn thành","targetValue":100,"targetUnit":"PERCENT","deadline":"2026-12-31",
				 "kind":"MEASURED","population":{"rule":"COMPLETED"}}
				""")).andExpect(status().isCreated());
		return id;
	}

}
