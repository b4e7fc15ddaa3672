package vn.hocso.training;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

import vn.hocso.learner.LearnerSummary;
import vn.hocso.organization.OrgUnitDirectory;
import vn.hocso.testing.KeycloakJwt;

/**
 * From trained focal point to trainer: an ADMIN or the official's unit admin grants
 * TRAINER through the app; an untrained official only once confirmed; other roles and
 * other districts are refused.
 */
@TrainingModuleTest
@Transactional
class TrainerRoleApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	OrgUnitDirectory units;

	@Autowired
	StaffList staff;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TrainingClock clock;

	@Autowired
	RecordingTrainerRoles keycloak;

	TrainingApi api;

	LearnerSummary trained;

	LearnerSummary untrained;

	LearnerSummary withoutAccount;

	String suffix;

	@BeforeEach
	void aTrainedAndAnUntrainedOfficialOfDienChau() throws Exception {
		api = new TrainingApi(mvc, units, staff, events);
		suffix = Long.toString(System.nanoTime(), 36);
		clock.set(Instant.parse("2026-06-01T01:00:00Z"));
		long programme = api.openProgramme(2, 1, 100, 5);
		long classId = api.addClass(programme, "Lớp 1", "2026-06-15", 100, null);
		trained = api.officialWithAccount("Võ Thị Lan", "NA-DIENCHAU-DIENKY", "lan." + suffix);
		untrained = api.officialWithAccount("Đặng Văn Nam", "NA-DIENCHAU", "nam." + suffix);
		withoutAccount = api.official("Hà Văn Phúc", "NA-DIENCHAU");
		keycloak.addUser("lan." + suffix);
		keycloak.addUser("nam." + suffix);
		long nomination = api.nominated(TrainingApi.ADMIN, programme, trained.id(), classId);
		api.allot(programme, "DATE_PREFERENCE").andExpect(status().isOk());
		List<Integer> sessions = TrainingApi.ints(api.get("/api/training/classes/" + classId, TrainingApi.TEACHER),
				"$.sessions[*].id");
		clock.set(Instant.parse("2026-06-17T10:00:00Z"));
		for (int i = 0; i < sessions.size(); i++) {
			api.post("/api/training/sessions/" + sessions.get(i) + "/attendance", TrainingApi.TEACHER,
					"""
							{"marks":[{"nominationId":%d,"clientId":"r%d-%s","present":true,"late":false,"leftEarly":false,"markedAt":"2026-06-15T01:04:00Z"}]}
							"""
						.formatted(nomination, i, suffix))
				.andExpect(status().isOk());
		}
		api.post("/api/training/classes/" + classId + "/completion", TrainingApi.TEACHER, "")
			.andExpect(jsonPath("$.completedNow").value(1));
	}

	@Test
	void theUnitAdminGrantsAndRevokesTheTrainerRoleOfATrainedFocalPoint() throws Exception {
		role("GET", trained, TrainingApi.DIENCHAU_ADMIN).andExpect(status().isOk())
			.andExpect(jsonPath("$.trained").value(true))
			.andExpect(jsonPath("$.username").value("lan." + suffix))
			.andExpect(jsonPath("$.trainer").value(false));

		role("PUT", trained, TrainingApi.DIENCHAU_ADMIN).andExpect(status().isOk())
			.andExpect(jsonPath("$.trainer").value(true));
		role("DELETE", trained, TrainingApi.ADMIN).andExpect(status().isOk())
			.andExpect(jsonPath("$.trainer").value(false));
	}

	@Test
	void anOfficialWhoIsNotTrainedBecomesATrainerOnlyOnceConfirmed() throws Exception {
		role("PUT", untrained, TrainingApi.DIENCHAU_ADMIN).andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("training.trainer-untrained"));
		role("GET", untrained, TrainingApi.ADMIN).andExpect(jsonPath("$.trainer").value(false));

		mvc.perform(
				MockMvcRequestBuilders.put(path(untrained) + "?confirmUntrained=true").with(TrainingApi.DIENCHAU_ADMIN))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.trained").value(false))
			.andExpect(jsonPath("$.trainer").value(true));
	}

	@Test
	void anOfficialWithoutAnAccountCannotBeGivenTheRole() throws Exception {
		role("PUT", withoutAccount, TrainingApi.ADMIN).andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("training.no-account"));
	}

	@Test
	void otherDistrictsAndOtherRolesAreRefused() throws Exception {
		role("PUT", trained, TrainingApi.SYT_ADMIN).andExpect(status().isForbidden());
		role("GET", trained, TrainingApi.SYT_ADMIN).andExpect(status().isForbidden());
		for (RequestPostProcessor caller : List.of(TrainingApi.VERIFIER, TrainingApi.REPORTER, TrainingApi.TEACHER,
				KeycloakJwt.user("lan." + suffix, "NA-DIENCHAU-DIENKY", "LEARNER"))) {
			role("PUT", trained, caller).andExpect(status().isForbidden());
			role("DELETE", trained, caller).andExpect(status().isForbidden());
		}
		role("GET", trained, TrainingApi.ADMIN).andExpect(jsonPath("$.trainer").value(false));
	}

	private String path(LearnerSummary official) {
		return "/api/training/officials/" + official.id() + "/trainer-role";
	}

	private ResultActions role(String method, LearnerSummary official, RequestPostProcessor caller) throws Exception {
		return mvc
			.perform(MockMvcRequestBuilders.request(org.springframework.http.HttpMethod.valueOf(method), path(official))
				.with(caller));
	}

}
