package vn.hocso.account;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.stream.Collectors;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import vn.hocso.testing.KeycloakJwt;

/**
 * GET /api/learner-accounts?learnerIds=…: account states for a list, staff only, bounded.
 */
@AccountModuleTest
class LearnerAccountStatesApiTests {

	@Autowired
	MockMvc mvc;

	@Test
	void aLearnerCannotReadAccountStates() throws Exception {
		mvc.perform(get("/api/learner-accounts").param("learnerIds", "1,2")
			.with(KeycloakJwt.user("states.learner", "NA-DIENCHAU-DIENKY", "LEARNER")))
			.andExpect(status().isForbidden());
	}

	@Test
	void learnersWithoutAnAccountAreLeftOut() throws Exception {
		mvc.perform(get("/api/learner-accounts").param("learnerIds", "987654321")
			.with(KeycloakJwt.user("demo.unitadmin", "NA-DIENCHAU", "UNIT_ADMIN")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(0));
	}

	@Test
	void moreThanTwoHundredLearnersAreRefusedWithAProblemThatSaysTheLimit() throws Exception {
		String ids = LongStream.rangeClosed(1, 201).mapToObj(String::valueOf).collect(Collectors.joining(","));
		mvc.perform(get("/api/learner-accounts").param("learnerIds", ids)
			.header("Accept-Language", "vi")
			.with(KeycloakJwt.user("demo.unitadmin", "NA-DIENCHAU", "UNIT_ADMIN")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("account.too-many-learners"))
			.andExpect(
					jsonPath("$.detail").value("Mỗi lần chỉ hỏi được trạng thái tài khoản của tối đa 200 học viên."));
	}

}
