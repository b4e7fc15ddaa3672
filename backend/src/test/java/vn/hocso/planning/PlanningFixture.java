package vn.hocso.planning;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import com.jayway.jsonpath.JsonPath;
import org.jspecify.annotations.Nullable;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.hocso.enrolment.EnrolmentDirectory;
import vn.hocso.enrolment.EnrolmentLifecycle;
import vn.hocso.enrolment.EnrolmentRef;
import vn.hocso.enrolment.domain.WaveService;
import vn.hocso.enrolment.domain.WaveService.NewWave;
import vn.hocso.learner.LearnerCategory;
import vn.hocso.learner.LearnerSummary;
import vn.hocso.organization.OrgUnitDirectory;
import vn.hocso.organization.OrgUnitSummary;
import vn.hocso.platform.VietnamTime;
import vn.hocso.testing.AsCaller;
import vn.hocso.testing.KeycloakJwt;

/** Builds planning scenarios through the other modules' own services and APIs. */
final class PlanningFixture {

	static final RequestPostProcessor ADMIN = KeycloakJwt.user("demo.admin", "NA", "ADMIN");

	static final RequestPostProcessor REPORTER = KeycloakJwt.user("demo.reporter", "NA", "REPORTER");

	static final RequestPostProcessor VERIFIER = KeycloakJwt.user("demo.verifier", "NA-SNV", "VERIFIER");

	static final RequestPostProcessor UNIT_ADMIN = KeycloakJwt.user("demo.unitadmin", "NA-DIENCHAU", "UNIT_ADMIN");

	private final MockMvc mvc;

	private final OrgUnitDirectory units;

	private final PlanningLearners learners;

	private final @Nullable WaveService waves;

	private final @Nullable EnrolmentDirectory enrolments;

	private final @Nullable EnrolmentLifecycle lifecycle;

	/** For planning module tests: units and learners only, no waves. */
	PlanningFixture(MockMvc mvc, OrgUnitDirectory units, PlanningLearners learners) {
		this.mvc = mvc;
		this.units = units;
		this.learners = learners;
		this.waves = null;
		this.enrolments = null;
		this.lifecycle = null;
	}

	PlanningFixture(MockMvc mvc, OrgUnitDirectory units, PlanningLearners learners, WaveService waves,
			EnrolmentDirectory enrolments, EnrolmentLifecycle lifecycle) {
		this.mvc = mvc;
		this.units = units;
		this.learners = learners;
		this.waves = waves;
		this.enrolments = enrolments;
		this.lifecycle = lifecycle;
	}

	OrgUnitSummary unit(String code) {
		return units.findSummaryByCode(code).orElseThrow();
	}

	List<LearnerSummary> register(String unitCode, LearnerCategory category, int count) {
		List<LearnerSummary> added = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			added.add(learners.add(unit(unitCode), category));
		}
		return added;
	}

	/**
	 * A wave of a course for the unit's subtree, with its active learners enrolled;
	 * returns the wave id.
	 */
	long waveFor(String unitCode, long courseId) {
		AsCaller.signIn("demo.admin", "NA", "ADMIN");
		try {
			WaveService waves = Objects.requireNonNull(this.waves, "a journey's fixture");
			long wave = waves
				.open(new NewWave("Đợt " + unitCode, courseId, LocalDate.of(2026, 9, 1), 4500, 10,
						List.of(unit(unitCode).id())))
				.getId();
			waves.enrol(wave, List.of(unit(unitCode).id()), List.of());
			return wave;
		}
		finally {
			AsCaller.signOut();
		}
	}

	/**
	 * Completes the first {@code count} not yet completed enrolments of the wave on that
	 * day.
	 */
	void complete(long waveId, int count, LocalDate on) {
		Instant at = on.atTime(10, 0).atZone(VietnamTime.ZONE).toInstant();
		EnrolmentLifecycle lifecycle = Objects.requireNonNull(this.lifecycle, "a journey's fixture");
		Objects.requireNonNull(enrolments, "a journey's fixture")
			.ofWave(waveId)
			.stream()
			.filter(e -> e.completedAt() == null)
			.limit(count)
			.map(EnrolmentRef::enrolmentId)
			.forEach(id -> lifecycle.complete(id, at, 90));
	}

	long planId(String number) throws Exception {
		String body = mvc.perform(get("/api/plans").with(REPORTER))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		List<Number> ids = JsonPath.read(body, "$[?(@.number == '" + number + "')].id");
		return ids.getFirst().longValue();
	}

	long indicatorId(long planId, int position) throws Exception {
		String body = mvc.perform(get("/api/plans/{id}/indicators", planId).with(REPORTER))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		List<Number> ids = JsonPath.read(body, "$[?(@.position == " + position + ")].id");
		return ids.getFirst().longValue();
	}

	/** Declared and submitted by an admin, approved by Sở Nội vụ. */
	void approvedHeadcount(String unitCode, String period, String counts) throws Exception {
		String body = mvc
			.perform(post("/api/headcounts").with(ADMIN).contentType(MediaType.APPLICATION_JSON).content("""
					{"unitId":%d,"period":"%s","counts":%s,"note":"Theo quyết định 12/QĐ"}
					""".formatted(unit(unitCode).id(), period, counts)))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		long id = ((Number) JsonPath.read(body, "$.id")).longValue();
		mvc.perform(post("/api/headcounts/{id}/submit", id).with(ADMIN)).andExpect(status().isOk());
		mvc.perform(post("/api/headcounts/{id}/approve", id).with(VERIFIER)).andExpect(status().isOk());
	}

	long createDistrict(String code, String parentCode) throws Exception {
		String body = mvc.perform(post("/api/org-units").with(ADMIN).contentType(MediaType.APPLICATION_JSON).content("""
				{"code":"%s","name":"Huyện %s","type":"DISTRICT","parentId":%d,"validFrom":"2020-01-01"}
				""".formatted(code, code, unit(parentCode).id())))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return ((Number) JsonPath.read(body, "$.id")).longValue();
	}

	long createCommune(String code, String parentCode) throws Exception {
		String body = mvc.perform(post("/api/org-units").with(ADMIN).contentType(MediaType.APPLICATION_JSON).content("""
				{"code":"%s","name":"Xã %s","type":"COMMUNE","parentId":%d,"validFrom":"2020-01-01"}
				""".formatted(code, code, unit(parentCode).id())))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return ((Number) JsonPath.read(body, "$.id")).longValue();
	}

	void merge(String code, String intoCode, LocalDate on) throws Exception {
		mvc.perform(post("/api/org-units/{id}/merge", unit(code).id()).with(ADMIN)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"targetId\":%d,\"effectiveDate\":\"%s\"}".formatted(unit(intoCode).id(), on)))
			.andExpect(status().isOk());
	}

	void close(String code, LocalDate on) throws Exception {
		mvc.perform(post("/api/org-units/{id}/close", unit(code).id()).with(ADMIN)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"effectiveDate\":\"%s\",\"reason\":\"giải thể\"}".formatted(on))).andExpect(status().isOk());
	}

}
