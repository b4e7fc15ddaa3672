package vn.hocso.organization.web;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import vn.hocso.organization.OrgUnitType;
import vn.hocso.organization.domain.OrgTreeQueries;
import vn.hocso.organization.domain.OrgTreeService;
import vn.hocso.organization.domain.OrgUnit;
import vn.hocso.platform.ProblemException;
import vn.hocso.testing.KeycloakJwt;
import static vn.hocso.testing.OrgUnitFixtures.unit;

/**
 * Web slice: the controller's HTTP contract (JSON shapes, validation, problem details)
 * with jwt().
 */
@WebMvcTest(OrgUnitController.class)
@Import(OrgUnitResponses.class)
class OrgUnitControllerTests {

	@Autowired
	MockMvc mvc;

	@MockitoBean
	OrgTreeQueries queries;

	@MockitoBean
	OrgTreeService tree;

	@Test
	void treeNestsChildrenUnderTheirParents() throws Exception {
		OrgUnit district = unit(14, "NA-DIENCHAU", OrgUnitType.DISTRICT, null);
		OrgUnit commune = unit(57, "NA-DIENCHAU-DIENKY", OrgUnitType.COMMUNE, district);
		given(queries.visibleSubtree(null, false)).willReturn(List.of(district, commune));

		mvc.perform(get("/api/org-units/tree").with(KeycloakJwt.user("demo.unitadmin", "NA-DIENCHAU", "UNIT_ADMIN")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].code").value("NA-DIENCHAU"))
			.andExpect(jsonPath("$[0].children[0].code").value("NA-DIENCHAU-DIENKY"))
			.andExpect(jsonPath("$[0].children[0].type").value("COMMUNE"));
	}

	@Test
	void aUnitOutsideTheScopeAnswersForbiddenAsAProblem() throws Exception {
		given(queries.visibleUnit(anyLong())).willThrow(ProblemException.forbidden("org-unit.out-of-scope", "NA-VINH"));

		mvc.perform(get("/api/org-units/5").header("Accept-Language", "en")
			.with(KeycloakJwt.user("demo.unitadmin", "NA-DIENCHAU", "UNIT_ADMIN")))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.code").value("org-unit.out-of-scope"))
			.andExpect(jsonPath("$.detail").value("Unit NA-VINH is outside the units you are responsible for."));
	}

	@Test
	void aMoveWithoutATargetIsRejectedBeforeReachingTheService() throws Exception {
		mvc.perform(post("/api/org-units/5/move").with(KeycloakJwt.user("demo.admin", "NA", "ADMIN"))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"effectiveDate\":\"2025-07-01\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("parentId"));
		verifyNoInteractions(tree);
	}

	@Test
	void aValueOfTheWrongTypeIsRejectedNamingItsField() throws Exception {
		mvc.perform(post("/api/org-units/5/merge").with(KeycloakJwt.user("demo.admin", "NA", "ADMIN"))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"targetId\":\"abc\",\"effectiveDate\":\"2025-07-01\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("unreadable-body"))
			.andExpect(jsonPath("$.errors[0].field").value("targetId"));
		verifyNoInteractions(tree);
	}

	@Test
	void aMergeIsPassedToTheServiceWithItsDate() throws Exception {
		OrgUnit merged = unit(5, "NA-X", OrgUnitType.COMMUNE, null);
		given(tree.merge(eq(5L), eq(6L), eq(LocalDate.of(2025, 7, 1)))).willReturn(merged);
		given(queries.pathOf(any())).willReturn(List.of(merged));

		mvc.perform(post("/api/org-units/5/merge").with(KeycloakJwt.user("demo.admin", "NA", "ADMIN"))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"targetId\":6,\"effectiveDate\":\"2025-07-01\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.code").value("NA-X"));
	}

	@Test
	void anonymousCallsAreRefused() throws Exception {
		mvc.perform(get("/api/org-units/tree")).andExpect(status().isUnauthorized());
		verifyNoInteractions(queries);
	}

}
