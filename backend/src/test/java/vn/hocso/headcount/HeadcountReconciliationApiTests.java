package vn.hocso.headcount;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.hocso.headcount.HeadcountApiSupport.UNIT_ADMIN;
import static vn.hocso.headcount.HeadcountApiSupport.VERIFIER;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import vn.hocso.learner.LearnerCategory;
import vn.hocso.organization.OrgUnitDirectory;

/**
 * Declared versus registered per unit, with the discrepancies flagged; nothing invented
 * for what is unknown.
 */
@HeadcountModuleTest
class HeadcountReconciliationApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	OrgUnitDirectory units;

	@Autowired
	StubLearnerDirectory learners;

	HeadcountApiSupport api;

	@BeforeEach
	void setUp() {
		api = new HeadcountApiSupport(mvc, units);
	}

	@Test
	void reconciliationFlagsEachKindOfDiscrepancyPerUnit() throws Exception {
		api.approved("NA-DIENCHAU-DIENKY", "2081", "{\"CAN_BO\":10,\"CONG_CHUC\":5}");
		long pending = api.declare("NA-DIENCHAU-DIENHONG", "2081", "{\"CAN_BO\":8}");
		learners.register(api.unit("NA-DIENCHAU-DIENKY"), Map.of(LearnerCategory.CAN_BO, 12L));
		learners.register(api.unit("NA-DIENCHAU-DIENHONG"), Map.of(LearnerCategory.CAN_BO, 3L));

		String dienKy = "$.units[?(@.unitCode == 'NA-DIENCHAU-DIENKY')]";
		String dienHong = "$.units[?(@.unitCode == 'NA-DIENCHAU-DIENHONG')]";
		mvc.perform(get("/api/headcounts/reconciliation").param("period", "2081")
			.param("unitId", String.valueOf(api.unit("NA-DIENCHAU")))
			.header("Accept-Language", "en")
			.with(VERIFIER))
			.andExpect(status().isOk())
			.andExpect(jsonPath(dienKy + ".approved.counts.CAN_BO").value(contains(10)))
			.andExpect(jsonPath(dienKy + ".registered.CAN_BO").value(contains(12)))
			.andExpect(jsonPath(dienKy + ".discrepancies[*].kind").value(org.hamcrest.Matchers
				.containsInAnyOrder("REGISTERED_EXCEEDS_DECLARED", "DECLARED_BUT_NONE_REGISTERED")))
			.andExpect(jsonPath(dienKy + ".discrepancies[?(@.kind == 'REGISTERED_EXCEEDS_DECLARED')].category")
				.value(contains("CAN_BO")))
			.andExpect(jsonPath(dienKy + ".discrepancies[?(@.kind == 'DECLARED_BUT_NONE_REGISTERED')].category")
				.value(contains("CONG_CHUC")))
			.andExpect(jsonPath(dienHong + ".approved").value(contains((Object) null)))
			.andExpect(jsonPath(dienHong + ".pending.declarationId").value(contains((int) pending)))
			.andExpect(jsonPath(dienHong + ".discrepancies[*].kind").value(contains("NO_APPROVED_DECLARATION")))
			.andExpect(jsonPath(dienHong + ".discrepancies[0].message")
				.value(contains("No headcount approved by Sở Nội vụ for this period.")));
	}

	@Test
	void enrolledAndAccountsIssuedComeFromTheirModulesSoNothingIsMarkedMissing() throws Exception {
		mvc.perform(get("/api/headcounts/reconciliation").param("period", "2082")
			.param("unitId", String.valueOf(api.unit("NA-DIENCHAU-DIENKY")))
			.with(UNIT_ADMIN))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.units[0].enrolled").isMap())
			.andExpect(jsonPath("$.units[0].accountsIssued").isMap())
			.andExpect(jsonPath("$.units[0].notYetAvailable").isEmpty());
	}

	@Test
	void unitAdminsReconciliationCoversOnlyTheirSubtree() throws Exception {
		mvc.perform(get("/api/headcounts/reconciliation").param("period", "2083").with(UNIT_ADMIN))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.units[*].unitCode").value(hasItem("NA-DIENCHAU-DIENKY")))
			.andExpect(jsonPath("$.units[*].unitCode").value(not(hasItem("NA-VINH"))));
		mvc.perform(get("/api/headcounts/reconciliation").param("period", "2083")
			.param("unitId", String.valueOf(api.unit("NA-VINH")))
			.with(UNIT_ADMIN)).andExpect(status().isForbidden());
	}

}
