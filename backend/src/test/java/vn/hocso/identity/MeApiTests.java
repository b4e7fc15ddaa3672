package vn.hocso.identity;

import static org.hamcrest.Matchers.contains;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import vn.hocso.identity.CallerUnitDirectory.CallerUnit;
import vn.hocso.identity.CallerUnitDirectory.PathElement;
import vn.hocso.testing.KeycloakJwt;

/**
 * /api/me and the browser's public config. The caller's unit comes from the organization
 * module's {@link CallerUnitDirectory} (a mock here; organization's OrgUnitApiTests reads
 * the real one through /api/me).
 */
@IdentityModuleTest
class MeApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	CallerUnitDirectory units;

	@BeforeEach
	void knowTheTrainersCommune() {
		given(units.findByCode("NA-DIENCHAU-DIENKY"))
			.willReturn(Optional.of(new CallerUnit(3, "NA-DIENCHAU-DIENKY", "Xã Diễn Kỷ", "COMMUNE",
					List.of(new PathElement(1, "NA", "Tỉnh Nghệ An"),
							new PathElement(2, "NA-DIENCHAU", "Huyện Diễn Châu"),
							new PathElement(3, "NA-DIENCHAU-DIENKY", "Xã Diễn Kỷ")))));
	}

	@Test
	void meShowsRolesAndTheUnitWithItsPathFromTheRoot() throws Exception {
		mvc.perform(get("/api/me").with(KeycloakJwt.user("demo.trainer", "NA-DIENCHAU-DIENKY", "TRAINER")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.username").value("demo.trainer"))
			.andExpect(jsonPath("$.roles").value(contains("TRAINER")))
			.andExpect(jsonPath("$.orgUnit.code").value("NA-DIENCHAU-DIENKY"))
			.andExpect(jsonPath("$.orgUnit.name").value("Xã Diễn Kỷ"))
			.andExpect(jsonPath("$.orgUnit.path[*].code").value(contains("NA", "NA-DIENCHAU", "NA-DIENCHAU-DIENKY")));
	}

	@Test
	void meShowsNoUnitWhenTheTokensUnitIsUnknown() throws Exception {
		mvc.perform(get("/api/me").with(KeycloakJwt.user("x", "NO-SUCH-UNIT", "LEARNER")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.orgUnit").doesNotExist());
		then(units).should().findByCode("NO-SUCH-UNIT");
	}

	@Test
	void publicConfigTellsTheBrowserWhereToLogIn() throws Exception {
		mvc.perform(get("/api/public/config"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.realm").value("hocso"))
			.andExpect(jsonPath("$.clientId").value("hocso-web"));
	}

	@Test
	void publicConfigIsCachedByTheBrowserSoAReloadNeedNotAskForIt() throws Exception {
		mvc.perform(get("/api/public/config"))
			.andExpect(status().isOk())
			.andExpect(header().string("Cache-Control", "max-age=300, public, stale-while-revalidate=86400"))
			.andExpect(header().doesNotExist("Pragma"));
	}

}
