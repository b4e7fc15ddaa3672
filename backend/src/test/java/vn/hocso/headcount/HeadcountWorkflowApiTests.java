package vn.hocso.headcount;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.hocso.headcount.HeadcountApiSupport.UNIT_ADMIN;
import static vn.hocso.headcount.HeadcountApiSupport.VERIFIER;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.modulith.test.AssertablePublishedEvents;
import org.springframework.test.web.servlet.MockMvc;

import vn.hocso.headcount.HeadcountEvents.HeadcountApproved;
import vn.hocso.headcount.HeadcountEvents.HeadcountReturned;
import vn.hocso.organization.OrgUnitDirectory;

/**
 * Declare → submit → approve or return → edit → resubmit, frozen approvals and revisions,
 * through HTTP.
 */
@HeadcountModuleTest
class HeadcountWorkflowApiTests {

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
	void aDraftSubmittedAndApprovedBecomesTheUnitsDenominator(AssertablePublishedEvents events) throws Exception {
		long id = api.declare("NA-DIENCHAU-DIENKY", "2031", "{\"CAN_BO\":12,\"CONG_CHUC\":30}");
		api.submit(id);

		mvc.perform(post("/api/headcounts/{id}/approve", id).with(VERIFIER))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("APPROVED"))
			.andExpect(jsonPath("$.decidedBy").value("demo.verifier"))
			.andExpect(jsonPath("$.total").value(42));

		org.assertj.core.api.Assertions.assertThat(verified.approvedFor(api.unit("NA-DIENCHAU-DIENKY"), "2031"))
			.hasValueSatisfying(counts -> org.assertj.core.api.Assertions.assertThat(counts)
				.containsEntry(vn.hocso.learner.LearnerCategory.CAN_BO, 12L)
				.containsEntry(vn.hocso.learner.LearnerCategory.CONG_CHUC, 30L));
		org.assertj.core.api.Assertions.assertThat(events)
			.contains(HeadcountApproved.class)
			.matching(new HeadcountApproved(id, api.unit("NA-DIENCHAU-DIENKY"), "2031")::equals);
	}

	@Test
	void aReturnedDeclarationIsCorrectedResubmittedAndApproved(AssertablePublishedEvents events) throws Exception {
		long id = api.declare("NA-DIENCHAU-DIENHONG", "2032", "{\"CAN_BO\":10}");
		api.submit(id);

		mvc.perform(post("/api/headcounts/{id}/return", id).with(VERIFIER)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"reason\":\"Thiếu số công chức theo Quyết định 12\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("RETURNED"))
			.andExpect(jsonPath("$.returnReason").value("Thiếu số công chức theo Quyết định 12"));
		org.assertj.core.api.Assertions.assertThat(events)
			.contains(HeadcountReturned.class)
			.matching(new HeadcountReturned(id, api.unit("NA-DIENCHAU-DIENHONG"), "2032",
					"Thiếu số công chức theo Quyết định 12")::equals);

		mvc.perform(put("/api/headcounts/{id}", id).with(UNIT_ADMIN)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"version\":%d,\"counts\":{\"CAN_BO\":10,\"CONG_CHUC\":25}}".formatted(version(id))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.counts.CONG_CHUC").value(25));
		api.submit(id);
		api.approve(id);

		mvc.perform(get("/api/headcounts/{id}", id).with(UNIT_ADMIN))
			.andExpect(jsonPath("$.status").value("APPROVED"))
			.andExpect(jsonPath("$.total").value(35));
	}

	@Test
	void anApprovedDeclarationCannotBeEdited() throws Exception {
		long id = api.approved("NA-DIENCHAU-DIENTHAP", "2033", "{\"CAN_BO\":8}");

		mvc.perform(put("/api/headcounts/{id}", id).with(UNIT_ADMIN)
			.header("Accept-Language", "en")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"version\":%d,\"counts\":{\"CAN_BO\":9}}".formatted(version(id))))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("headcount.frozen"))
			.andExpect(jsonPath("$.detail").value(containsString("open a revision")));
	}

	@Test
	void aRevisionKeepsTheApprovedFigureUntilItIsApproved() throws Exception {
		long unitId = api.unit("NA-DIENCHAU-TT");
		long first = api.approved("NA-DIENCHAU-TT", "2034", "{\"CAN_BO\":20}");

		String revisionBody = mvc.perform(post("/api/headcounts/{id}/revision", first).with(UNIT_ADMIN))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("DRAFT"))
			.andExpect(jsonPath("$.revision").value(2))
			.andExpect(jsonPath("$.revisionOf").value(first))
			.andReturn()
			.getResponse()
			.getContentAsString();
		long revision = ((Number) com.jayway.jsonpath.JsonPath.read(revisionBody, "$.id")).longValue();
		mvc.perform(put("/api/headcounts/{id}", revision).with(UNIT_ADMIN)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"version\":%d,\"counts\":{\"CAN_BO\":24}}".formatted(version(revision))))
			.andExpect(status().isOk());
		api.submit(revision);

		org.assertj.core.api.Assertions.assertThat(verified.approvedFor(unitId, "2034"))
			.hasValueSatisfying(counts -> org.assertj.core.api.Assertions.assertThat(counts)
				.containsEntry(vn.hocso.learner.LearnerCategory.CAN_BO, 20L));

		api.approve(revision);

		org.assertj.core.api.Assertions.assertThat(verified.approvedFor(unitId, "2034"))
			.hasValueSatisfying(counts -> org.assertj.core.api.Assertions.assertThat(counts)
				.containsEntry(vn.hocso.learner.LearnerCategory.CAN_BO, 24L));
		mvc.perform(
				get("/api/headcounts").param("period", "2034").param("unitId", String.valueOf(unitId)).with(VERIFIER))
			.andExpect(jsonPath("$[*].status").value(contains("SUPERSEDED", "APPROVED")));
	}

	@Test
	void aSecondDeclarationForTheSameUnitAndYearIsRefused() throws Exception {
		api.declare("NA-DIENCHAU-DIENKY-TCNS", "2035", "{\"CAN_BO\":3}");

		mvc.perform(post("/api/headcounts").with(UNIT_ADMIN)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"unitId\":%d,\"period\":\"2035\",\"counts\":{\"CAN_BO\":4}}"
				.formatted(api.unit("NA-DIENCHAU-DIENKY-TCNS"))))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("headcount.already-declared"));
	}

	@Test
	void anEditOverAnotherEditIsRefusedAsStale() throws Exception {
		long id = api.declare("NA-DIENCHAU-DIENKY", "2036", "{\"CAN_BO\":5}");
		long read = version(id);
		mvc.perform(put("/api/headcounts/{id}", id).with(UNIT_ADMIN)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"version\":%d,\"counts\":{\"CAN_BO\":6}}".formatted(read))).andExpect(status().isOk());

		mvc.perform(put("/api/headcounts/{id}", id).with(UNIT_ADMIN)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"version\":%d,\"counts\":{\"CAN_BO\":7}}".formatted(read)))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("headcount.stale"));
	}

	@Test
	void theAuditRecordsWhoWhenBeforeAndAfterForEveryStep() throws Exception {
		long id = api.declare("NA-DIENCHAU-DIENHONG", "2037", "{\"CAN_BO\":10}");
		api.submit(id);
		mvc.perform(post("/api/headcounts/{id}/return", id).with(VERIFIER)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"reason\":\"Sai số cán bộ\"}")).andExpect(status().isOk());
		mvc.perform(put("/api/headcounts/{id}", id).with(UNIT_ADMIN)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"version\":%d,\"counts\":{\"CAN_BO\":11}}".formatted(version(id)))).andExpect(status().isOk());
		api.submit(id);
		api.approve(id);

		mvc.perform(get("/api/headcounts/{id}/audit", id).with(HeadcountApiSupport.REPORTER))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].action")
				.value(contains("CREATED", "SUBMITTED", "RETURNED", "EDITED", "SUBMITTED", "APPROVED")))
			.andExpect(jsonPath("$[*].actor").value(contains("demo.unitadmin", "demo.unitadmin", "demo.verifier",
					"demo.unitadmin", "demo.unitadmin", "demo.verifier")))
			.andExpect(jsonPath("$[0].before").value(org.hamcrest.Matchers.nullValue()))
			.andExpect(jsonPath("$[0].after.counts.CAN_BO").value(10))
			.andExpect(jsonPath("$[2].reason").value("Sai số cán bộ"))
			.andExpect(jsonPath("$[2].before.status").value("SUBMITTED"))
			.andExpect(jsonPath("$[2].after.status").value("RETURNED"))
			.andExpect(jsonPath("$[3].before.counts.CAN_BO").value(10))
			.andExpect(jsonPath("$[3].after.counts.CAN_BO").value(11))
			.andExpect(jsonPath("$[5].at").isNotEmpty());
	}

	private long version(long id) throws Exception {
		String body = mvc.perform(get("/api/headcounts/{id}", id).with(UNIT_ADMIN))
			.andReturn()
			.getResponse()
			.getContentAsString();
		return ((Number) com.jayway.jsonpath.JsonPath.read(body, "$.version")).longValue();
	}

}
