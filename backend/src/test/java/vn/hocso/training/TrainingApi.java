package vn.hocso.training;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;

import com.jayway.jsonpath.JsonPath;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.hocso.account.AccountIssued;
import vn.hocso.learner.LearnerSummary;
import vn.hocso.organization.OrgUnitDirectory;
import vn.hocso.organization.OrgUnitSummary;
import vn.hocso.testing.KeycloakJwt;

/** The callers and steps the training API tests repeat, all through HTTP. */
final class TrainingApi {

	static final RequestPostProcessor ADMIN = KeycloakJwt.user("demo.admin", "NA", "ADMIN");

	static final RequestPostProcessor DIENCHAU_ADMIN = KeycloakJwt.user("dc.unitadmin", "NA-DIENCHAU", "UNIT_ADMIN");

	static final RequestPostProcessor SYT_ADMIN = KeycloakJwt.user("syt.unitadmin", "NA-SYT", "UNIT_ADMIN");

	static final RequestPostProcessor VERIFIER = KeycloakJwt.user("snv.verifier", "NA-SNV", "VERIFIER");

	static final RequestPostProcessor REPORTER = KeycloakJwt.user("tttt.reporter", "NA", "REPORTER");

	static final RequestPostProcessor TEACHER = KeycloakJwt.user("ttcntt.teacher", "NA-TTCNTT", "TRAINER");

	static final RequestPostProcessor OTHER_TEACHER = KeycloakJwt.user("other.teacher", "NA-TTCNTT", "TRAINER");

	private final MockMvc mvc;

	private final OrgUnitDirectory units;

	private final StaffList staff;

	private final ApplicationEventPublisher events;

	TrainingApi(MockMvc mvc, OrgUnitDirectory units, StaffList staff, ApplicationEventPublisher events) {
		this.mvc = mvc;
		this.units = units;
		this.staff = staff;
		this.events = events;
	}

	OrgUnitSummary unit(String code) {
		return units.findSummaryByCode(code).orElseThrow();
	}

	LearnerSummary official(String name, String unitCode) {
		return staff.add(name, unit(unitCode));
	}

	/** An official with a Keycloak account, so they can log in and scan. */
	LearnerSummary officialWithAccount(String name, String unitCode, String username) {
		LearnerSummary official = official(name, unitCode);
		events.publishEvent(new AccountIssued(official.id(), username, Instant.parse("2026-05-01T00:00:00Z")));
		return official;
	}

	long openProgramme(int limit, int classes, int seats, int minSessions) throws Exception {
		return id(post("/api/training/programmes", ADMIN,
				"""
						{"name":"Tập huấn cán bộ đầu mối chuyển đổi số","contentOutline":"Chính quyền số; Xã hội số; Kinh tế số; Kỹ năng số; An toàn thông tin; Vận hành nền tảng",
						 "classCount":%d,"seatsPerClass":%d,"daysPerClass":3,"periodStart":"2026-06-01","periodEnd":"2026-09-15",
						 "nominationLimit":%d,"nominationDeadline":"2026-06-10T10:00:00Z","minSessions":%d}
						"""
					.formatted(classes, seats, limit, minSessions))
			.andExpect(status().isCreated()));
	}

	long addClass(long programmeId, String name, String startDate, int seats, String areaCode) throws Exception {
		String area = areaCode == null ? "null" : String.valueOf(unit(areaCode).id());
		return id(post("/api/training/programmes/" + programmeId + "/classes", ADMIN, """
				{"name":"%s","venue":"Hội trường Trung tâm CNTT&TT, 2 Trường Thi, Vinh","startDate":"%s","seats":%d,
				 "areaUnitId":%s,"teachers":["ttcntt.teacher"]}
				""".formatted(name, startDate, seats, area)).andExpect(status().isCreated()));
	}

	ResultActions nominate(RequestPostProcessor caller, long programmeId, long learnerId, Long preferredClassId)
			throws Exception {
		return post("/api/training/programmes/" + programmeId + "/nominations", caller,
				"{\"learnerId\":%d,\"preferredClassId\":%s}".formatted(learnerId, preferredClassId));
	}

	long nominated(RequestPostProcessor caller, long programmeId, long learnerId, Long preferredClassId)
			throws Exception {
		return id(nominate(caller, programmeId, learnerId, preferredClassId).andExpect(status().isCreated()));
	}

	ResultActions allot(long programmeId, String mode) throws Exception {
		return post("/api/training/programmes/" + programmeId + "/allotment", ADMIN, "{\"mode\":\"" + mode + "\"}");
	}

	ResultActions post(String path, RequestPostProcessor caller, String json) throws Exception {
		return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(path)
			.with(caller)
			.contentType(MediaType.APPLICATION_JSON)
			.content(json));
	}

	ResultActions put(String path, RequestPostProcessor caller, String json) throws Exception {
		return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put(path)
			.with(caller)
			.contentType(MediaType.APPLICATION_JSON)
			.content(json));
	}

	ResultActions get(String path, RequestPostProcessor caller) throws Exception {
		return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(path).with(caller));
	}

	static long id(ResultActions result) throws Exception {
		return ((Number) JsonPath.read(result.andReturn().getResponse().getContentAsString(), "$.id")).longValue();
	}

	static <T> T read(ResultActions result, String path) throws Exception {
		return JsonPath.read(result.andReturn().getResponse().getContentAsString(), path);
	}

	static List<Integer> ints(ResultActions result, String path) throws Exception {
		return JsonPath.read(result.andReturn().getResponse().getContentAsString(), path);
	}

}
