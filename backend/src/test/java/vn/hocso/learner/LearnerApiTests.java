package vn.hocso.learner;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.JwtRequestPostProcessor;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import vn.hocso.organization.OrgUnitDirectory;
import vn.hocso.testing.KeycloakJwt;

/**
 * The registry through the web stack: search, scoping, and the history of every change.
 */
@LearnerModuleTest
class LearnerApiTests {

	static final JwtRequestPostProcessor UNIT_ADMIN = KeycloakJwt.user("demo.unitadmin", "NA-DIENCHAU", "UNIT_ADMIN");

	static final JwtRequestPostProcessor ADMIN = KeycloakJwt.user("demo.admin", "NA", "ADMIN");

	@Autowired
	MockMvc mvc;

	@Autowired
	OrgUnitDirectory units;

	@Test
	void searchIgnoresDiacriticsAndCase() throws Exception {
		String tag = StaffLists.uniqueTag();
		create("Nguyễn Văn An " + tag, "NA-DIENCHAU-DIENKY", ADMIN).andExpect(status().isCreated());
		create("Đỗ Thị Đào " + tag, "NA-DIENCHAU-DIENKY", ADMIN).andExpect(status().isCreated());
		mvc.perform(get("/api/learners").param("q", "nguyen van an " + tag).with(UNIT_ADMIN))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.totalElements").value(1))
			.andExpect(jsonPath("$.content[0].fullName").value("Nguyễn Văn An " + tag))
			.andExpect(jsonPath("$.content[0].unitCode").value("NA-DIENCHAU-DIENKY"))
			.andExpect(jsonPath("$.page").value(0))
			.andExpect(jsonPath("$.size").value(50));
		mvc.perform(get("/api/learners").param("q", "DO THI DAO " + tag).with(UNIT_ADMIN))
			.andExpect(jsonPath("$.content[0].fullName").value("Đỗ Thị Đào " + tag));
	}

	@Test
	void phonesAreStoredInTheirNationalForm() throws Exception {
		mvc.perform(post("/api/learners").with(ADMIN)
			.contentType(MediaType.APPLICATION_JSON)
			.content(body("Lê Văn Phúc " + StaffLists.uniqueTag(), "NA-DIENCHAU-DIENKY", "+84 912.345.678")))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.phone").value("0912345678"));
	}

	@Test
	void unitAdminDoesNotSeeLearnersOfASiblingDistrict() throws Exception {
		String tag = StaffLists.uniqueTag();
		long id = id(create("Trần Văn Vinh " + tag, "NA-VINH-LEMAO", ADMIN));
		mvc.perform(get("/api/learners").param("q", tag).with(UNIT_ADMIN))
			.andExpect(jsonPath("$.totalElements").value(0));
		mvc.perform(get("/api/learners/{id}", id).with(UNIT_ADMIN))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.code").value("learner.out-of-scope"));
		mvc.perform(get("/api/learners").param("unitId", String.valueOf(unit("NA-VINH"))).with(UNIT_ADMIN))
			.andExpect(status().isForbidden());
	}

	@Test
	void unitAdminCannotRegisterALearnerInASiblingDistrict() throws Exception {
		create("Trần Văn Vinh " + StaffLists.uniqueTag(), "NA-VINH-LEMAO", UNIT_ADMIN)
			.andExpect(status().isForbidden());
	}

	@Test
	void unitAdminCannotMoveTheirLearnerIntoASiblingDistrict() throws Exception {
		long id = id(create("Cao Văn Quý " + StaffLists.uniqueTag(), "NA-DIENCHAU-DIENKY", UNIT_ADMIN));
		mvc.perform(post("/api/learners/{id}/move", id).with(UNIT_ADMIN)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"unitId\":" + unit("NA-VINH") + ",\"effectiveDate\":\"2026-01-01\"}"))
			.andExpect(status().isForbidden());
	}

	@Test
	void aLearnerGets403() throws Exception {
		mvc.perform(get("/api/learners").with(KeycloakJwt.user("demo.learner", "NA-DIENCHAU-DIENKY", "LEARNER")))
			.andExpect(status().isForbidden());
	}

	@Test
	void aTrainerNeitherReadsTheRegisterNorWrites() throws Exception {
		// The register holds dates of birth and identity numbers; a trainer's learners
		// come with their classes.
		JwtRequestPostProcessor trainer = KeycloakJwt.user("demo.trainer", "NA-DIENCHAU-DIENKY", "TRAINER");
		mvc.perform(get("/api/learners").with(trainer)).andExpect(status().isForbidden());
		create("Cao Văn Quý " + StaffLists.uniqueTag(), "NA-DIENCHAU-DIENKY", trainer)
			.andExpect(status().isForbidden());
	}

	@Test
	void aBadCitizenIdIsRefused() throws Exception {
		mvc.perform(post("/api/learners").with(ADMIN)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"fullName\":\"A B\",\"unitId\":" + unit("NA-DIENCHAU")
					+ ",\"category\":\"CONG_CHUC\",\"citizenId\":\"12ab\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("learner.bad-citizen-id"));
	}

	@Test
	void updatesMovesAndLeavingAreRecordedWithWhoAndWhen() throws Exception {
		String name = "Mai Văn Sơn " + StaffLists.uniqueTag();
		long id = id(create(name, "NA-DIENCHAU-DIENKY", UNIT_ADMIN));
		mvc.perform(put("/api/learners/{id}", id).with(UNIT_ADMIN)
			.contentType(MediaType.APPLICATION_JSON)
			.content(body(name, "NA-DIENCHAU-DIENKY", "0987654321"))).andExpect(status().isOk());
		mvc.perform(post("/api/learners/{id}/move", id).with(UNIT_ADMIN)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"unitId\":" + unit("NA-DIENCHAU-DIENHONG") + ",\"effectiveDate\":\"2026-02-01\"}"))
			.andExpect(jsonPath("$.unitCode").value("NA-DIENCHAU-DIENHONG"));
		mvc.perform(post("/api/learners/{id}/leave", id).with(UNIT_ADMIN)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"effectiveDate\":\"2026-12-31\",\"reason\":\"Nghỉ hưu\"}"))
			.andExpect(jsonPath("$.status").value("LEFT"));
		mvc.perform(get("/api/learners/{id}/history", id).with(UNIT_ADMIN))
			.andExpect(
					jsonPath("$[*].kind").value(org.hamcrest.Matchers.contains("CREATED", "UPDATED", "MOVED", "LEFT")))
			.andExpect(jsonPath("$[1].changes").value("phone: 0912345678 → 0987654321"))
			.andExpect(jsonPath("$[3].reason").value("Nghỉ hưu"))
			.andExpect(jsonPath("$[*].recordedBy").value(not(hasItem("system"))));
	}

	private ResultActions create(String name, String unitCode, JwtRequestPostProcessor who) throws Exception {
		return mvc.perform(post("/api/learners").with(who)
			.contentType(MediaType.APPLICATION_JSON)
			.content(body(name, unitCode, "0912345678")));
	}

	private String body(String name, String unitCode, String phone) {
		return "{\"fullName\":\"" + name + "\",\"dateOfBirth\":\"1980-02-01\",\"gender\":\"MALE\",\"unitId\":"
				+ unit(unitCode) + ",\"category\":\"CONG_CHUC\",\"phone\":\"" + phone + "\"}";
	}

	private long unit(String code) {
		return units.findSummaryByCode(code).orElseThrow().id();
	}

	private static long id(ResultActions created) throws Exception {
		return ((Number) JsonPath.read(created.andReturn().getResponse().getContentAsString(), "$.id")).longValue();
	}

}
