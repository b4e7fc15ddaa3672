package vn.hocso.identity;

import static org.hamcrest.Matchers.contains;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import vn.hocso.testing.KeycloakJwt;

@SpringBootTest
@AutoConfigureMockMvc
class MeApiTests {

	@Autowired
	MockMvc mvc;

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
