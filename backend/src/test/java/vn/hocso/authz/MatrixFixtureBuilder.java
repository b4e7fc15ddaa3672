package vn.hocso.authz;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.hocso.authz.MatrixFixture.Kind;
import vn.hocso.certificate.domain.CertificateIssuer;
import vn.hocso.enrolment.EnrolmentCompleted;
import vn.hocso.organization.OrgUnitDirectory;
import vn.hocso.organization.OrgUnitSummary;
import vn.hocso.testing.KeycloakJwt;
import vn.hocso.testing.SampleMedia;

/**
 * Builds the matrix's resources through the API as an ADMIN would (committed, with unique
 * names): two learners of Diễn Kỷ in two classes of one Diễn Châu wave (one taught by the
 * matrix's trainer), one learner of Lê Mao (Vinh) in a Vinh wave; their accounts,
 * certificates and jobs.
 */
final class MatrixFixtureBuilder {

	static final String TRAINER = "mx.trainer";

	private static final JsonMapper JSON = JsonMapper.shared();

	private final MockMvc mvc;

	private final OrgUnitDirectory units;

	private final CertificateIssuer certificates;

	/** A surname no other test uses (letters only, as names are). */
	private final String tag = "Mx" + Long.toString(System.nanoTime() % 1_000_000_000L, 26)
		.chars()
		.mapToObj(c -> String.valueOf((char) (Character.isDigit(c) ? 'a' + c - '0' : 'k' + c - 'a')))
		.reduce("", String::concat);

	private long courseId;

	private long courseVersionId;

	private long lectureId;

	private String mediaId = "";

	MatrixFixtureBuilder(MockMvc mvc, OrgUnitDirectory units, CertificateIssuer certificates) {
		this.mvc = mvc;
		this.units = units;
		this.certificates = certificates;
	}

	/**
	 * A published one-lecture course, built as an ADMIN builds one (a tiny MP4 made byte
	 * by byte).
	 */
	private void course() throws Exception {
		mediaId = json(multipart("/api/media")
			.file(new MockMultipartFile("file", "bai.mp4", "video/mp4", SampleMedia.mp4(2_000, 1_000)))).path("id")
			.asString();
		courseId = json(send(post("/api/courses"),
				Map.of("code", "MX-" + tag.toUpperCase(), "title", "Ma trận quyền " + tag, "tags", List.of())))
			.path("id")
			.asLong();
		JsonNode course = json(send(post("/api/courses/" + courseId + "/lectures"),
				Map.of("title", "Bài 1", "videoMediaId", mediaId)));
		lectureId = course.path("lectures").get(0).path("id").asLong();
		courseVersionId = json(post("/api/courses/" + courseId + "/publish")).path("publishedVersionId").asLong();
	}

	MatrixFixture build() throws Exception {
		course();
		OrgUnitSummary dienKy = unit("NA-DIENCHAU-DIENKY");
		OrgUnitSummary dienChau = unit("NA-DIENCHAU");
		OrgUnitSummary leMao = unit("NA-VINH-LEMAO");
		OrgUnitSummary vinh = unit("NA-VINH");
		long own = learner("Nguyễn Thị Ma Trận " + tag, dienKy);
		long sameUnit = learner("Trần Văn Cùng Xã " + tag, dienKy);
		long otherUnit = learner("Lê Văn Huyện Khác " + tag, leMao);

		long ownJob = issue(List.of(own, sameUnit));
		long otherJob = issue(List.of(otherUnit));
		Map<Long, String> usernames = new HashMap<>();
		for (long job : List.of(ownJob, otherJob)) {
			for (JsonNode item : json(get("/api/account-issuances/" + job + "/items"))) {
				usernames.put(item.path("learnerId").asLong(), item.path("username").asString());
			}
		}

		long ownWave = wave("Đợt ma trận Diễn Châu " + tag, dienChau, List.of(own, sameUnit));
		long otherWave = wave("Đợt ma trận Vinh " + tag, vinh, List.of(otherUnit));
		Map<Long, long[]> enrolments = new HashMap<>();
		for (long wave : List.of(ownWave, otherWave)) {
			json(send(post("/api/waves/" + wave + "/classes/split"), Map.of("classSize", 1)));
			for (JsonNode row : json(get("/api/waves/" + wave + "/enrolments"))) {
				enrolments.put(row.path("learnerId").asLong(),
						new long[] { row.path("enrolmentId").asLong(), row.path("classId").asLong() });
			}
		}
		trainer(enrolments.get(own)[1], TRAINER);
		trainer(enrolments.get(sameUnit)[1], "mx.other-trainer");
		trainer(enrolments.get(otherUnit)[1], "mx.vinh-trainer");

		Map<Long, Long> certificateOf = new HashMap<>();
		certificateOf.put(own, certify(own, ownWave, enrolments.get(own)[0], dienKy.id()));
		certificateOf.put(sameUnit, certify(sameUnit, ownWave, enrolments.get(sameUnit)[0], dienKy.id()));
		certificateOf.put(otherUnit, certify(otherUnit, otherWave, enrolments.get(otherUnit)[0], leMao.id()));

		String ownRegeneration = json(post("/api/waves/" + ownWave + "/certificates/regenerate")).path("id").asString();
		String otherRegeneration = json(post("/api/waves/" + otherWave + "/certificates/regenerate")).path("id")
			.asString();

		return new MatrixFixture(
				values(own, dienKy.id(), ownWave, enrolments.get(own), certificateOf.get(own), ownRegeneration, ownJob),
				values(sameUnit, dienKy.id(), ownWave, enrolments.get(sameUnit), certificateOf.get(sameUnit),
						ownRegeneration, ownJob),
				values(otherUnit, leMao.id(), otherWave, enrolments.get(otherUnit), certificateOf.get(otherUnit),
						otherRegeneration, otherJob),
				usernames.get(own), dienKy.id(), own, enrolments.get(own)[1], Map.of("courseId",
						String.valueOf(courseId), "lectureId", String.valueOf(lectureId), "mediaId", mediaId));
	}

	private static Map<Kind, String> values(long learner, long unit, long wave, long[] enrolmentAndClass,
			long certificate, String regeneration, long issuance) {
		Map<Kind, String> values = new EnumMap<>(Kind.class);
		values.put(Kind.LEARNER, String.valueOf(learner));
		values.put(Kind.UNIT, String.valueOf(unit));
		values.put(Kind.WAVE, String.valueOf(wave));
		values.put(Kind.ENROLMENT, String.valueOf(enrolmentAndClass[0]));
		values.put(Kind.CLASS, String.valueOf(enrolmentAndClass[1]));
		values.put(Kind.CERTIFICATE, String.valueOf(certificate));
		values.put(Kind.CERTIFICATE_JOB, regeneration);
		values.put(Kind.ISSUANCE, String.valueOf(issuance));
		return values;
	}

	private OrgUnitSummary unit(String code) {
		return units.findSummaryByCode(code).orElseThrow();
	}

	private long learner(String name, OrgUnitSummary unit) throws Exception {
		return json(send(post("/api/learners"),
				Map.of("fullName", name, "dateOfBirth", "1990-05-17", "unitId", unit.id(), "category", "CONG_CHUC")))
			.path("id")
			.asLong();
	}

	private long issue(List<Long> learnerIds) throws Exception {
		long job = json(send(post("/api/account-issuances"), Map.of("learnerIds", learnerIds))).path("id").asLong();
		for (int i = 0; i < 200; i++) {
			String status = json(get("/api/account-issuances/" + job)).path("status").asString();
			if (!status.equals("QUEUED") && !status.equals("RUNNING")) {
				return job;
			}
			Thread.sleep(50);
		}
		throw new IllegalStateException("Issuance job " + job + " did not finish");
	}

	private long wave(String name, OrgUnitSummary unit, List<Long> learnerIds) throws Exception {
		long wave = json(send(post("/api/waves"),
				Map.of("name", name, "courseId", courseId, "openingDate", "2026-11-02", "unitIds", List.of(unit.id()))))
			.path("id")
			.asLong();
		json(send(post("/api/waves/" + wave + "/enrolments"), Map.of("learnerIds", learnerIds)));
		return wave;
	}

	private void trainer(long classId, String username) throws Exception {
		json(send(put("/api/classes/" + classId),
				Map.of("name", "Lớp " + username + " " + tag, "trainerUsername", username, "confirmUntrained", true)));
	}

	private long certify(long learner, long wave, long enrolment, long unitId) {
		return certificates
			.issue(new EnrolmentCompleted(enrolment, learner, wave, courseId, courseVersionId, unitId,
					Instant.parse("2026-11-20T03:00:00Z"), 90))
			.getId();
	}

	private MockHttpServletRequestBuilder send(MockHttpServletRequestBuilder request, Object body) {
		return request.contentType(MediaType.APPLICATION_JSON).content(JSON.writeValueAsString(body));
	}

	private JsonNode json(AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
		var response = mvc.perform(request.with(KeycloakJwt.user("mx.admin", "NA", "ADMIN"))).andReturn().getResponse();
		if (response.getStatus() >= 300) {
			throw new IllegalStateException(
					request + " answered " + response.getStatus() + ": " + response.getContentAsString());
		}
		return JSON.readTree(response.getContentAsString());
	}

}
