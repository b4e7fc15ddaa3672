package vn.hocso.headcount;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import vn.hocso.learner.LearnerCategory;
import vn.hocso.organization.OrgUnitDirectory;

/** The denominators other modules read: approved figures only, summed over a subtree. */
@HeadcountModuleTest
class VerifiedHeadcountsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	OrgUnitDirectory units;

	@Autowired
	VerifiedHeadcounts verified;

	HeadcountApiSupport api;

	@BeforeEach
	void setUp() {
		api = new HeadcountApiSupport(mvc, units);
	}

	@Test
	void theSubtreeTotalSumsTheApprovedDeclarationsOfItsUnitsOnly() throws Exception {
		api.approved("NA-DIENCHAU", "2071", "{\"CAN_BO\":5,\"CONG_CHUC\":7}");
		api.approved("NA-DIENCHAU-DIENKY", "2071", "{\"CAN_BO\":10}");
		api.approved("NA-DIENCHAU-DIENKY-TCNS", "2071", "{\"VIEN_CHUC\":3}");
		long pending = api.declare("NA-DIENCHAU-DIENHONG", "2071", "{\"CAN_BO\":100}");
		api.submit(pending);
		api.approved("NA-DIENCHAU-DIENTHAP", "2072", "{\"CAN_BO\":1000}");

		String dienChau = units.findSummaryByCode("NA-DIENCHAU").orElseThrow().path();
		assertThat(verified.approvedTotalInSubtree(dienChau, "2071")).containsOnly(
				org.assertj.core.api.Assertions.entry(LearnerCategory.CAN_BO, 15L),
				org.assertj.core.api.Assertions.entry(LearnerCategory.CONG_CHUC, 7L),
				org.assertj.core.api.Assertions.entry(LearnerCategory.VIEN_CHUC, 3L));
	}

	@Test
	void aMovedUnitsApprovedFigureCountsInItsNewDistrict() throws Exception {
		String created = mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/org-units")
				.with(HeadcountApiSupport.ADMIN)
				.contentType(org.springframework.http.MediaType.APPLICATION_JSON)
				.content(
						"""
								{"code":"NA-THANHCHUONG-HC-MOVED","name":"Xã Chuyển","type":"COMMUNE","parentId":%d,"validFrom":"2025-07-01"}
								"""
							.formatted(api.unit("NA-THANHCHUONG"))))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		long commune = ((Number) com.jayway.jsonpath.JsonPath.read(created, "$.id")).longValue();
		long id = api.declareAs(HeadcountApiSupport.ADMIN, commune, "2074", "{\"CAN_BO\":6}");
		api.submitAs(HeadcountApiSupport.ADMIN, id);
		api.approve(id);

		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.post("/api/org-units/{id}/move", commune)
			.with(HeadcountApiSupport.ADMIN)
			.contentType(org.springframework.http.MediaType.APPLICATION_JSON)
			.content("{\"parentId\":%d,\"effectiveDate\":\"2026-01-01\"}".formatted(api.unit("NA-NGHILOC"))))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isOk());

		String nghiLoc = units.findSummaryByCode("NA-NGHILOC").orElseThrow().path();
		String thanhChuong = units.findSummaryByCode("NA-THANHCHUONG").orElseThrow().path();
		assertThat(verified.approvedTotalInSubtree(nghiLoc, "2074")).containsEntry(LearnerCategory.CAN_BO, 6L);
		assertThat(verified.approvedTotalInSubtree(thanhChuong, "2074")).isEmpty();
	}

	@Test
	void aUnitWithoutAnApprovedDeclarationHasNoDenominator() throws Exception {
		long id = api.declare("NA-DIENCHAU-TT", "2073", "{\"CAN_BO\":4}");
		api.submit(id);

		assertThat(verified.approvedFor(api.unit("NA-DIENCHAU-TT"), "2073")).isEmpty();
	}

}
