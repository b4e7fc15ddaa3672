package vn.hocso.learner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.modulith.test.Scenario;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.JwtRequestPostProcessor;
import org.springframework.test.web.servlet.MockMvc;

import vn.hocso.organization.OrgUnitDirectory;
import vn.hocso.organization.OrgUnitEvents.OrgUnitMerged;
import vn.hocso.organization.OrgUnitEvents.OrgUnitMoved;
import vn.hocso.testing.KeycloakJwt;

/**
 * Learners follow their units when the tree changes: moved subtrees, merged units, each
 * announced by the organization module's event.
 */
@LearnerModuleTest
class OrgUnitChangesTests {

	static final JwtRequestPostProcessor ADMIN = KeycloakJwt.user("demo.admin", "NA", "ADMIN");

	@Autowired
	MockMvc mvc;

	@Autowired
	OrgUnitDirectory units;

	@Autowired
	LearnerDirectory directory;

	@Test
	void learnersOfAMovedSubtreeAreScopedUnderTheirNewParent(Scenario scenario) throws Exception {
		long district = createUnit("T-MOVE-" + StaffLists.uniqueTag().toUpperCase(), "NA-QUYNHLUU");
		long learner = createLearner("Lò Văn Tám " + StaffLists.uniqueTag(), district);

		scenario
			.stimulate(() -> post("/api/org-units/" + district + "/move",
					"{\"parentId\":" + unit("NA-DIENCHAU") + ",\"effectiveDate\":\"2026-07-01\"}"))
			.andWaitForEventOfType(OrgUnitMoved.class)
			.matching(moved -> moved.unitId() == district)
			.toArriveAndVerify(moved -> {
				assertThat(moved.newPath()).isEqualTo(units.find(district).orElseThrow().path())
					.startsWith(units.find(unit("NA-DIENCHAU")).orElseThrow().path());
				assertThat(directory.find(learner).orElseThrow().unitPath()).isEqualTo(moved.newPath());
			});
		mvc.perform(get("/api/learners/{id}", learner)
			.with(KeycloakJwt.user("demo.unitadmin", "NA-DIENCHAU", "UNIT_ADMIN"))).andExpect(status().isOk());
	}

	@Test
	void activeLearnersOfAMergedUnitMoveToTheTargetWithHistory(Scenario scenario) throws Exception {
		long merged = createUnit("T-MERGE-" + StaffLists.uniqueTag().toUpperCase(), "NA-NGHILOC");
		long target = unit("NA-NGHILOC");
		long learner = createLearner("Quàng Thị Chín " + StaffLists.uniqueTag(), merged);

		scenario
			.stimulate(() -> post("/api/org-units/" + merged + "/merge",
					"{\"targetId\":" + target + ",\"effectiveDate\":\"2026-07-01\"}"))
			.andWaitForEventOfType(OrgUnitMerged.class)
			.matching(event -> event.unitId() == merged && event.intoUnitId() == target)
			.toArriveAndVerify(event -> {
				assertThat(directory.find(learner).orElseThrow().unitId()).isEqualTo(target);
				assertThat(directory.find(learner).orElseThrow().unitCode()).isEqualTo("NA-NGHILOC");
			});
		mvc.perform(get("/api/learners/{id}/history", learner).with(ADMIN))
			.andExpect(jsonPath("$[1].kind").value("MOVED"))
			.andExpect(jsonPath("$[1].reason").value("merged"))
			.andExpect(jsonPath("$[1].toUnitId").value(target));
	}

	private long createUnit(String code, String parentCode) throws Exception {
		String body = post("/api/org-units", "{\"code\":\"" + code + "\",\"name\":\"Đơn vị thử " + code
				+ "\",\"type\":\"COMMUNE\",\"parentId\":" + unit(parentCode) + ",\"validFrom\":\"2020-01-01\"}");
		return ((Number) JsonPath.read(body, "$.id")).longValue();
	}

	private long createLearner(String name, long unitId) throws Exception {
		String body = post("/api/learners",
				"{\"fullName\":\"" + name + "\",\"unitId\":" + unitId + ",\"category\":\"CONG_CHUC\"}");
		return ((Number) JsonPath.read(body, "$.id")).longValue();
	}

	private String post(String url, String json) {
		try {
			return mvc
				.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(url)
					.with(ADMIN)
					.contentType(MediaType.APPLICATION_JSON)
					.content(json))
				.andExpect(status().is2xxSuccessful())
				.andReturn()
				.getResponse()
				.getContentAsString();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private long unit(String code) {
		return units.findSummaryByCode(code).orElseThrow().id();
	}

}
