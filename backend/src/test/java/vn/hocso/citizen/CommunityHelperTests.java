package vn.hocso.citizen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.hocso.account.demo.DemoAccounts;
import vn.hocso.enrolment.EnrolmentDirectory;
import vn.hocso.identity.AssistedCitizenUser;
import vn.hocso.identity.KeycloakUserAdmin;
import vn.hocso.organization.OrgUnitDirectory;
import vn.hocso.organization.OrgUnitSummary;
import vn.hocso.testing.KeycloakJwt;

/**
 * Community helpers (ADR 0380) with the real database, the citizen, learner and account
 * modules, and Keycloak's admin API mocked (its real counterpart is CommunityHelperIT):
 * granted per commune by who administers it, registering citizens of that commune only,
 * seeing only the citizens they registered, refused once revoked.
 */
@CitizenModuleTest
class CommunityHelperTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final RequestPostProcessor ADMIN = KeycloakJwt.user("ch.admin", "NA", "ADMIN");

	private static final RequestPostProcessor DIEN_CHAU_ADMIN = KeycloakJwt.user("ch.dienchau", "NA-DIENCHAU",
			"UNIT_ADMIN");

	@Autowired
	MockMvc mvc;

	@Autowired
	OrgUnitDirectory units;

	@Autowired
	DemoAccounts accounts;

	@Autowired
	KeycloakUserAdmin keycloak;

	@Autowired
	EnrolmentDirectory enrolments;

	private OrgUnitSummary dienKy;

	private OrgUnitSummary dienHong;

	private long helperA;

	private String helperAName;

	private long helperB;

	private String helperBName;

	@BeforeEach
	void officialsOfTwoCommunesWithAccounts() throws Exception {
		when(keycloak.grantCommunityHelper(anyString())).thenReturn(true);
		when(keycloak.revokeCommunityHelper(anyString())).thenReturn(true);
		when(keycloak.createCitizen(any())).thenAnswer(call -> Optional.of(UUID.randomUUID().toString()));
		when(keycloak.findUserId(anyString())).thenReturn(Optional.of("kc-user"));
		dienKy = units.findSummaryByCode("NA-DIENCHAU-DIENKY").orElseThrow();
		dienHong = units.findSummaryByCode("NA-DIENCHAU-DIENHONG").orElseThrow();
		OrgUnitSummary team = units.findSummaryByCode("NA-DIENCHAU-DIENKY-TCNS").orElseThrow();
		String tag = UUID.randomUUID().toString().substring(0, 6);
		helperAName = "ch.a." + tag;
		helperBName = "ch.b." + tag;
		helperA = official("Đinh Thị Phương", team, helperAName);
		helperB = official("Lưu Quang Vinh", dienHong, helperBName);
	}

	@Test
	void theCommunesUnitAdminGrantsTheRoleToATeamMemberAndItIsRecordedWithTheCommune() throws Exception {
		JsonNode granted = ok(put("/api/community-helpers/" + helperA), DIEN_CHAU_ADMIN);

		assertThat(granted.path("helper").asBoolean()).isTrue();
		assertThat(granted.path("communeId").asLong()).isEqualTo(dienKy.id());
		assertThat(granted.path("grantedBy").asString()).isEqualTo("ch.dienchau");
		verify(keycloak).grantCommunityHelper(helperAName);
		JsonNode listed = ok(get("/api/units/" + dienKy.id() + "/community-helpers"), DIEN_CHAU_ADMIN);
		assertThat(listed.path("officials").values()).anySatisfy(row -> {
			assertThat(row.path("learnerId").asLong()).isEqualTo(helperA);
			assertThat(row.path("helper").asBoolean()).isTrue();
		});
	}

	@Test
	void noOneOutsideTheCommunesSubtreeGrantsOrRevokesNotEvenTheTeamsOwnUnitAdmin() throws Exception {
		assertThat(
				status(put("/api/community-helpers/" + helperA), KeycloakJwt.user("ch.vinh", "NA-VINH", "UNIT_ADMIN")))
			.isEqualTo(403);
		assertThat(status(put("/api/community-helpers/" + helperA),
				KeycloakJwt.user("ch.team", "NA-DIENCHAU-DIENKY-TCNS", "UNIT_ADMIN")))
			.isEqualTo(403);
		assertThat(status(put("/api/community-helpers/" + helperA),
				KeycloakJwt.user("ch.trainer", "NA-DIENCHAU-DIENKY", "TRAINER")))
			.isEqualTo(403);
		assertThat(status(put("/api/community-helpers/" + helperA), helper(helperBName))).isEqualTo(403);
		ok(put("/api/community-helpers/" + helperA), DIEN_CHAU_ADMIN);
		assertThat(status(delete("/api/community-helpers/" + helperA),
				KeycloakJwt.user("ch.vinh", "NA-VINH", "UNIT_ADMIN")))
			.isEqualTo(403);
		assertThat(status(get("/api/units/" + dienKy.id() + "/community-helpers"),
				KeycloakJwt.user("ch.vinh", "NA-VINH", "UNIT_ADMIN")))
			.isEqualTo(403);
	}

	@Test
	void aHelperRegistersACitizenOfTheirCommuneOnlyAndGetsTheSlip() throws Exception {
		ok(put("/api/community-helpers/" + helperA), ADMIN);

		// Whatever unit the helper's token names, the citizen lives in the commune of the
		// grant.
		JsonNode registered = registerAs(helperAName, "NA-VINH-LEMAO", "Nguyễn Văn Bình");

		assertThat(registered.path("username").asString()).matches("binhnv\\.\\d{5}");
		assertThat(registered.path("activationCode").asString()).matches("[0-9a-z]{4}(-[0-9a-z]{4}){3}");
		ArgumentCaptor<AssistedCitizenUser> user = ArgumentCaptor.forClass(AssistedCitizenUser.class);
		verify(keycloak).createCitizen(user.capture());
		assertThat(user.getValue().communeCode()).isEqualTo("NA-DIENCHAU-DIENKY");
		assertThat(user.getValue().firstName()).isEqualTo("Nguyễn Văn");
		assertThat(user.getValue().lastName()).isEqualTo("Bình");

		long learnerId = registered.path("learnerId").asLong();
		MockHttpServletResponse slip = mvc
			.perform(get("/api/community-helper/citizens/" + learnerId + "/slip.pdf").with(helper(helperAName)))
			.andReturn()
			.getResponse();
		assertThat(slip.getStatus()).isEqualTo(200);
		assertThat(slip.getContentType()).isEqualTo("application/pdf");
		assertThat(slip.getHeader("Cache-Control")).contains("no-store");
		try (var pdf = Loader.loadPDF(slip.getContentAsByteArray())) {
			String text = new PDFTextStripper().getText(pdf);
			assertThat(text).contains("Nguyễn Văn Bình", "Xã Diễn Kỷ", registered.path("username").asString(),
					registered.path("activationCode").asString(), "Năm sinh: 1958");
		}
		JsonNode mine = ok(get("/api/community-helper/citizens"), helper(helperAName));
		assertThat(mine.path("communeId").asLong()).isEqualTo(dienKy.id());
		assertThat(mine.path("citizens").values()).singleElement().satisfies(row -> {
			assertThat(row.path("fullName").asString()).isEqualTo("Nguyễn Văn Bình");
			assertThat(row.path("slipAvailable").asBoolean()).isTrue();
			assertThat(row.path("courses").isArray()).isTrue();
		});
	}

	@Test
	void consentInPersonAndANameAreRequired() throws Exception {
		ok(put("/api/community-helpers/" + helperA), ADMIN);
		assertThat(status(
				post("/api/community-helper/citizens").contentType(MediaType.APPLICATION_JSON)
					.content("{\"fullName\":\"Hồ Thị Lan\",\"birthYear\":1965,\"consentInPerson\":false}"),
				helper(helperAName)))
			.isEqualTo(400);
		assertThat(status(post("/api/community-helper/citizens").contentType(MediaType.APPLICATION_JSON)
			.content("{\"fullName\":\" \",\"birthYear\":1965,\"consentInPerson\":true}"), helper(helperAName)))
			.isEqualTo(400);
	}

	@Test
	void aHelperSeesOnlyTheCitizensTheyRegisteredNotAnotherCommunesNorSelfRegisteredOnesNorOfficials()
			throws Exception {
		ok(put("/api/community-helpers/" + helperA), ADMIN);
		ok(put("/api/community-helpers/" + helperB), ADMIN);
		long ofA = registerAs(helperAName, "NA-DIENCHAU-DIENKY-TCNS", "Hồ Thị Lan").path("learnerId").asLong();
		long ofB = registerAs(helperBName, "NA-DIENCHAU-DIENHONG", "Trần Văn Tâm").path("learnerId").asLong();
		String selfRegistered = "ch.self." + UUID.randomUUID().toString().substring(0, 6);
		var citizenToken = KeycloakJwt.citizen(selfRegistered, "NA-DIENCHAU-DIENKY");
		assertThat(status(put("/api/me/citizen").contentType(MediaType.APPLICATION_JSON)
			.content("{\"communeId\":" + dienKy.id() + ",\"birthYear\":1990,\"gender\":\"FEMALE\",\"consent\":true}"),
				citizenToken))
			.isEqualTo(200);
		long selfId = JSON
			.readTree(mvc.perform(get("/api/me/citizen/data").with(citizenToken))
				.andReturn()
				.getResponse()
				.getContentAsString())
			.path("learnerId")
			.asLong();

		JsonNode mineA = ok(get("/api/community-helper/citizens"), helper(helperAName));
		assertThat(mineA.path("citizens").values()).extracting(row -> row.path("learnerId").asLong())
			.containsExactly(ofA);
		JsonNode mineB = ok(get("/api/community-helper/citizens"), helper(helperBName));
		assertThat(mineB.path("citizens").values()).extracting(row -> row.path("learnerId").asLong())
			.containsExactly(ofB);

		assertThat(slipStatus(ofB, helperAName)).isEqualTo(404);
		assertThat(slipStatus(ofA, helperBName)).isEqualTo(404);
		assertThat(slipStatus(selfId, helperAName)).isEqualTo(404);
		assertThat(slipStatus(helperB, helperAName)).isEqualTo(404);
		// A helper reads no learner, certificate or unit data of anyone.
		assertThat(status(get("/api/learners/" + ofA), helper(helperAName))).isEqualTo(403);
		assertThat(status(get("/api/units/" + dienKy.id() + "/community-helpers"), helper(helperAName))).isEqualTo(403);
	}

	@Test
	void aRevokedHelperAndOneNeverGrantedAreRefusedWhateverTheirTokenSays() throws Exception {
		ok(put("/api/community-helpers/" + helperA), DIEN_CHAU_ADMIN);
		long citizen = registerAs(helperAName, "NA-DIENCHAU-DIENKY-TCNS", "Hồ Thị Lan").path("learnerId").asLong();

		JsonNode revoked = ok(delete("/api/community-helpers/" + helperA), DIEN_CHAU_ADMIN);

		assertThat(revoked.path("helper").asBoolean()).isFalse();
		verify(keycloak).revokeCommunityHelper(helperAName);
		assertThat(status(get("/api/community-helper/citizens"), helper(helperAName))).isEqualTo(403);
		assertThat(slipStatus(citizen, helperAName)).isEqualTo(403);
		assertThat(status(
				post("/api/community-helper/citizens").contentType(MediaType.APPLICATION_JSON)
					.content("{\"fullName\":\"Trần Văn Tâm\",\"birthYear\":1972,\"consentInPerson\":true}"),
				helper(helperAName)))
			.isEqualTo(403);
		assertThat(status(get("/api/community-helper/citizens"), helper("ch.never"))).isEqualTo(403);
		// Granted again, they find the citizens they registered.
		ok(put("/api/community-helpers/" + helperA), DIEN_CHAU_ADMIN);
		assertThat(ok(get("/api/community-helper/citizens"), helper(helperAName)).path("citizens").size()).isEqualTo(1);
	}

	@Test
	void aCitizenOrAnOfficialOutsideACommuneCannotBeMadeAHelper() throws Exception {
		OrgUnitSummary district = units.findSummaryByCode("NA-DIENCHAU").orElseThrow();
		long districtOfficial = official("Phan Văn Quý", district,
				"ch.d." + UUID.randomUUID().toString().substring(0, 6));
		assertThat(status(put("/api/community-helpers/" + districtOfficial), ADMIN)).isEqualTo(409);
		ok(put("/api/community-helpers/" + helperA), ADMIN);
		long citizen = registerAs(helperAName, "NA-DIENCHAU-DIENKY-TCNS", "Hồ Thị Lan").path("learnerId").asLong();
		assertThat(status(put("/api/community-helpers/" + citizen), ADMIN)).isEqualTo(404);
	}

	private long official(String name, OrgUnitSummary unit, String username) throws Exception {
		long id = ok(post("/api/learners").contentType(MediaType.APPLICATION_JSON)
			.content(JSON.writeValueAsString(Map.of("fullName", name, "dateOfBirth", "1990-05-17", "unitId", unit.id(),
					"category", "CONG_CHUC"))),
				ADMIN)
			.path("id")
			.asLong();
		accounts.issue(id, username, "kc-" + username, unit.path(), Instant.now());
		// The account as the enrolment module keeps it from AccountIssued.
		when(enrolments.usernameOfLearner(id)).thenReturn(Optional.of(username));
		when(enrolments.learnerIdOfUsername(username)).thenReturn(Optional.of(id));
		return id;
	}

	private JsonNode registerAs(String helper, String orgUnit, String fullName) throws Exception {
		MockHttpServletResponse response = mvc
			.perform(post("/api/community-helper/citizens").contentType(MediaType.APPLICATION_JSON)
				.content(JSON.writeValueAsString(
						Map.of("fullName", fullName, "birthYear", 1958, "gender", "MALE", "consentInPerson", true)))
				.with(KeycloakJwt.user(helper, orgUnit, "COMMUNITY_HELPER", "LEARNER")))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(201);
		return JSON.readTree(response.getContentAsString());
	}

	private static RequestPostProcessor helper(String username) {
		return KeycloakJwt.user(username, "NA-DIENCHAU-DIENKY-TCNS", "COMMUNITY_HELPER", "LEARNER");
	}

	private int slipStatus(long learnerId, String helper) throws Exception {
		return status(get("/api/community-helper/citizens/" + learnerId + "/slip.pdf"), helper(helper));
	}

	private int status(MockHttpServletRequestBuilder request, RequestPostProcessor who) throws Exception {
		return mvc.perform(request.with(who)).andReturn().getResponse().getStatus();
	}

	private JsonNode ok(MockHttpServletRequestBuilder request, RequestPostProcessor who) throws Exception {
		MockHttpServletResponse response = mvc.perform(request.with(who)).andReturn().getResponse();
		assertThat(response.getStatus()).as(response.getContentAsString()).isBetween(200, 201);
		return JSON.readTree(response.getContentAsString());
	}

}
