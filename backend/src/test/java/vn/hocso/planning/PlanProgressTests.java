package vn.hocso.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.closeTo;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.hocso.planning.PlanningFixture.REPORTER;
import static vn.hocso.planning.PlanningFixture.UNIT_ADMIN;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import vn.hocso.enrolment.EnrolmentDirectory;
import vn.hocso.enrolment.EnrolmentLifecycle;
import vn.hocso.enrolment.EnrolmentRef;
import vn.hocso.enrolment.domain.WaveService;
import vn.hocso.learner.LearnerCategory;
import vn.hocso.organization.OrgUnitDirectory;
import vn.hocso.planning.domain.ProgressLedger;
import vn.hocso.planning.domain.ProgressLedger.Counted;
import vn.hocso.planning.domain.ProgressLedger.Filter;
import vn.hocso.platform.VietnamTime;

/**
 * Live progress of the seeded Nghệ An plan's "100% of officials" indicator (completions)
 * over a district created for each test, with learners, waves and completions made
 * through the other modules' own services.
 * <p>
 * A journey: a merge must move organization's tree, the learners, enrolment's figures and
 * planning's ledger together, recounted from enrolment's rows (the ledger's own reactions
 * to events are module-tested in {@link LedgerEventsTests}).
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(PlanningLearners.Config.class)
@Transactional
class PlanProgressTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	OrgUnitDirectory units;

	@Autowired
	PlanningLearners learners;

	@Autowired
	WaveService waves;

	@Autowired
	EnrolmentDirectory enrolments;

	@Autowired
	EnrolmentLifecycle lifecycle;

	@Autowired
	ProgressLedger ledger;

	PlanningFixture fixture;

	long plan;

	long officials;

	@BeforeEach
	void aDistrictWithTwoCommunes() throws Exception {
		learners.clear();
		fixture = new PlanningFixture(mvc, units, learners, waves, enrolments, lifecycle);
		fixture.createCommune("PLN-D", "NA");
		fixture.createCommune("PLN-D-A", "PLN-D");
		fixture.createCommune("PLN-D-B", "PLN-D");
		plan = fixture.planId("420/KH-UBND");
		officials = fixture.indicatorId(plan, 1);
	}

	@Test
	void theDenominatorIsTheVerifiedHeadcountWhereOneIsApprovedElseTheRegisteredLearnersAndSaysWhich()
			throws Exception {
		fixture.register("PLN-D-A", LearnerCategory.CONG_CHUC, 10);
		fixture.register("PLN-D-B", LearnerCategory.CAN_BO, 5);
		fixture.register("PLN-D-B", LearnerCategory.CITIZEN, 7);
		fixture.approvedHeadcount("PLN-D-A", String.valueOf(LocalDate.now(VietnamTime.ZONE).getYear()),
				"{\"CONG_CHUC\":20}");
		long waveA = fixture.waveFor("PLN-D-A", 501);
		long waveB = fixture.waveFor("PLN-D-B", 501);
		fixture.complete(waveA, 5, LocalDate.now(VietnamTime.ZONE));
		fixture.complete(waveB, 2, LocalDate.now(VietnamTime.ZONE));

		mvc.perform(get("/api/plans/{p}/indicators/{i}/progress", plan, officials)
			.param("unitId", String.valueOf(fixture.unit("PLN-D").id()))
			.with(REPORTER))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.numerator").value(7))
			.andExpect(jsonPath("$.denominator.value").value(25))
			.andExpect(jsonPath("$.denominator.source").value("MIXED"))
			.andExpect(jsonPath("$.value").value(closeTo(28.0, 0.001)))
			.andExpect(jsonPath("$.children[?(@.code == 'PLN-D-A')].headcount").value(20))
			.andExpect(jsonPath("$.children[?(@.code == 'PLN-D-A')].source").value("VERIFIED_HEADCOUNT"))
			.andExpect(jsonPath("$.children[?(@.code == 'PLN-D-B')].headcount").value(5))
			.andExpect(jsonPath("$.children[?(@.code == 'PLN-D-B')].source").value("REGISTERED_LEARNERS"))
			.andExpect(jsonPath("$.categories[?(@.category == 'CAN_BO')].numerator").value(2))
			.andExpect(jsonPath("$.waves.length()").value(2));
	}

	@Test
	void aUnitMergedMidPeriodIsCountedOnceInTheUnitItMergedInto() throws Exception {
		fixture.register("PLN-D-A", LearnerCategory.CONG_CHUC, 6);
		fixture.register("PLN-D-B", LearnerCategory.CONG_CHUC, 4);
		long waveA = fixture.waveFor("PLN-D-A", 502);
		long waveB = fixture.waveFor("PLN-D-B", 502);
		LocalDate today = LocalDate.now(VietnamTime.ZONE);
		fixture.complete(waveA, 3, today.minusDays(2));
		fixture.complete(waveB, 1, today.minusDays(2));

		fixture.merge("PLN-D-A", "PLN-D-B", today.minusDays(1));
		fixture.complete(waveA, 1, today);

		String body = mvc
			.perform(get("/api/plans/{p}/indicators/{i}/progress", plan, officials)
				.param("unitId", String.valueOf(fixture.unit("PLN-D").id()))
				.with(REPORTER))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.numerator").value(5))
			.andExpect(jsonPath("$.denominator.value").value(10))
			.andReturn()
			.getResponse()
			.getContentAsString();
		List<String> codes = JsonPath.read(body, "$.children[*].code");
		assertThat(codes).containsExactly("PLN-D-B");
		assertThat(((Number) JsonPath.read(body, "$.children[0].numerator")).intValue()).isEqualTo(5);
		assertThat(((Number) JsonPath.read(body, "$.children[0].headcount")).intValue()).isEqualTo(10);
	}

	@Test
	void aUnitClosedMidPeriodKeepsItsCompletionsCountedOnceInItsParent() throws Exception {
		fixture.register("PLN-D-A", LearnerCategory.CONG_CHUC, 6);
		fixture.register("PLN-D-B", LearnerCategory.CONG_CHUC, 4);
		long waveA = fixture.waveFor("PLN-D-A", 503);
		long waveB = fixture.waveFor("PLN-D-B", 503);
		LocalDate today = LocalDate.now(VietnamTime.ZONE);
		fixture.complete(waveA, 3, today.minusDays(2));
		fixture.complete(waveB, 1, today.minusDays(2));

		fixture.close("PLN-D-A", today.minusDays(1));
		fixture.complete(waveB, 1, today);

		String body = mvc
			.perform(get("/api/plans/{p}/indicators/{i}/progress", plan, officials)
				.param("unitId", String.valueOf(fixture.unit("PLN-D").id()))
				.with(REPORTER))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.numerator").value(5))
			.andExpect(jsonPath("$.denominator.value").value(10))
			.andExpect(jsonPath("$.value").value(closeTo(50.0, 0.001)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		List<String> codes = JsonPath.read(body, "$.children[*].code");
		assertThat(codes).containsExactlyInAnyOrder("PLN-D-A", "PLN-D-B");
		List<Map<String, Object>> closed = JsonPath.read(body, "$.children[?(@.code == 'PLN-D-A')]");
		List<Map<String, Object>> open = JsonPath.read(body, "$.children[?(@.code == 'PLN-D-B')]");
		assertThat(closed.getFirst()).containsEntry("open", false)
			.containsEntry("numerator", 3)
			.containsEntry("headcount", 6);
		assertThat(open.getFirst()).containsEntry("open", true)
			.containsEntry("numerator", 2)
			.containsEntry("headcount", 4);
	}

	@Test
	void aUnitAdminSeesTheirSubtreeByDefaultAndIsRefusedTheProvinceAndAnotherDistrict() throws Exception {
		mvc.perform(get("/api/plans/{p}/indicators/{i}/progress", plan, officials)
			.param("unitId", String.valueOf(fixture.unit("NA-DIENCHAU").id()))
			.with(UNIT_ADMIN)).andExpect(status().isOk()).andExpect(jsonPath("$.unit.code").value("NA-DIENCHAU"));
		mvc.perform(get("/api/plans/{p}/indicators/{i}/progress", plan, officials)
			.param("unitId", String.valueOf(fixture.unit("PLN-D").id()))
			.with(UNIT_ADMIN)).andExpect(status().isForbidden());
		mvc.perform(get("/api/plans/{p}/indicators/{i}/progress", plan, officials).with(UNIT_ADMIN))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.unit.code").value("NA-DIENCHAU"));
		mvc.perform(get("/api/plans/{p}/indicators/{i}/progress", plan, officials)
			.param("unitId", String.valueOf(fixture.unit("NA").id()))
			.with(UNIT_ADMIN)).andExpect(status().isForbidden());
	}

	@Test
	void aMergedUnitsEnrolmentsCountInTheUnitItMergedInto() throws Exception {
		fixture.register("PLN-D-A", LearnerCategory.CONG_CHUC, 6);
		fixture.register("PLN-D-B", LearnerCategory.CONG_CHUC, 4);
		fixture.waveFor("PLN-D-A", 505);
		fixture.waveFor("PLN-D-B", 505);
		long enrolled = fixture.indicatorId(plan, 3);

		fixture.merge("PLN-D-A", "PLN-D-B", LocalDate.now(VietnamTime.ZONE).minusDays(1));

		String body = mvc
			.perform(get("/api/plans/{p}/indicators/{i}/progress", plan, enrolled)
				.param("unitId", String.valueOf(fixture.unit("PLN-D").id()))
				.with(REPORTER))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.rule").value("ENROLLED"))
			.andExpect(jsonPath("$.numerator").value(10))
			.andReturn()
			.getResponse()
			.getContentAsString();
		List<String> codes = JsonPath.read(body, "$.children[*].code");
		assertThat(codes).containsExactly("PLN-D-B");
		assertThat(((Number) JsonPath.read(body, "$.children[0].numerator")).intValue()).isEqualTo(10);
	}

	@Test
	void aUnitMergedIntoAnotherDistrictBringsItsEnrolmentsThere() throws Exception {
		fixture.createCommune("PLN-E", "NA");
		fixture.createCommune("PLN-E-C", "PLN-E");
		fixture.register("PLN-D-B", LearnerCategory.CONG_CHUC, 4);
		fixture.register("PLN-E-C", LearnerCategory.CONG_CHUC, 3);
		fixture.waveFor("PLN-D-B", 506);
		fixture.waveFor("PLN-E-C", 506);
		long enrolled = fixture.indicatorId(plan, 3);

		fixture.merge("PLN-E-C", "PLN-D-B", LocalDate.now(VietnamTime.ZONE).minusDays(1));

		String body = mvc
			.perform(get("/api/plans/{p}/indicators/{i}/progress", plan, enrolled)
				.param("unitId", String.valueOf(fixture.unit("PLN-D").id()))
				.with(REPORTER))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.numerator").value(7))
			.andReturn()
			.getResponse()
			.getContentAsString();
		List<Map<String, Object>> b = JsonPath.read(body, "$.children[?(@.code == 'PLN-D-B')]");
		assertThat(b.getFirst()).containsEntry("numerator", 7).containsEntry("headcount", 7);
		mvc.perform(get("/api/plans/{p}/indicators/{i}/progress", plan, enrolled)
			.param("unitId", String.valueOf(fixture.unit("PLN-E").id()))
			.with(REPORTER)).andExpect(status().isOk()).andExpect(jsonPath("$.numerator").value(0));
	}

	@Test
	void everyUnitsFiguresEqualARecountFromTheRawEnrolmentsAndLearners() throws Exception {
		fixture.register("PLN-D-A", LearnerCategory.CONG_CHUC, 9);
		fixture.register("PLN-D-A", LearnerCategory.VIEN_CHUC, 4);
		fixture.register("PLN-D-B", LearnerCategory.CAN_BO, 8);
		fixture.register("PLN-D", LearnerCategory.CONG_CHUC, 3);
		long wave1 = fixture.waveFor("PLN-D", 503);
		long wave2 = fixture.waveFor("PLN-D-B", 504);
		LocalDate today = LocalDate.now(VietnamTime.ZONE);
		// PLN-D-B's learners are in both waves: completing both counts them once.
		fixture.complete(wave1, 11, today.minusDays(3));
		fixture.complete(wave2, 5, today);
		assertEqualsRecount(List.of(wave1, wave2), List.of("PLN-D-A", "PLN-D-B"), 24);

		fixture.merge("PLN-D-A", "PLN-D-B", today);
		fixture.complete(wave1, 6, today);
		fixture.complete(wave2, 2, today);
		assertEqualsRecount(List.of(wave1, wave2), List.of("PLN-D-B"), 24);
	}

	@Test
	void theLedgersPerUnitCountsEqualItsFactsRecountedAfterMergesAndNewCompletions() throws Exception {
		fixture.register("PLN-D-A", LearnerCategory.CONG_CHUC, 7);
		fixture.register("PLN-D-B", LearnerCategory.VIEN_CHUC, 5);
		long wave1 = fixture.waveFor("PLN-D", 506);
		long wave2 = fixture.waveFor("PLN-D-A", 507);
		LocalDate today = LocalDate.now(VietnamTime.ZONE);
		fixture.complete(wave1, 9, today.minusDays(1));
		fixture.complete(wave2, 4, today);
		assertCountsEqualFacts(wave1, today);

		fixture.merge("PLN-D-A", "PLN-D-B", today);
		fixture.complete(wave1, 3, today);
		fixture.complete(wave2, 3, today);
		assertCountsEqualFacts(wave1, today);

		ledger.rebuildCounts();
		assertCountsEqualFacts(wave1, today);
		assertThat(ledger.fromCountsByPathAndCategory(fixture.unit("PLN-D").path(), Counted.COMPLETED, any(),
				today.minusDays(1)))
			.as("a day before the latest completion is counted from the facts")
			.isEmpty();
	}

	private void assertCountsEqualFacts(long wave, LocalDate today) {
		String district = fixture.unit("PLN-D").path();
		for (Filter filter : List.of(any(),
				new Filter(java.util.Set.of(LearnerCategory.CONG_CHUC), java.util.Set.of(), java.util.Set.of()),
				new Filter(java.util.Set.of(), java.util.Set.of(), java.util.Set.of(wave)))) {
			for (Counted counted : Counted.values()) {
				assertThat(ledger.fromCountsByPathAndCategory(district, counted, filter, today))
					.get(org.assertj.core.api.InstanceOfAssertFactories.list(ProgressLedger.PathCount.class))
					.containsExactlyInAnyOrderElementsOf(
							ledger.recountByPathAndCategory(district, counted, filter, today));
				assertThat(ledger.fromCountsByWave(district, counted, filter, today))
					.get(org.assertj.core.api.InstanceOfAssertFactories.list(ProgressLedger.WaveCount.class))
					.containsExactlyElementsOf(ledger.recountByWave(district, counted, filter, today));
			}
		}
	}

	private static Filter any() {
		return new Filter(java.util.Set.of(), java.util.Set.of(), java.util.Set.of());
	}

	private void assertEqualsRecount(List<Long> waves, List<String> communes, int districtHeadcount) throws Exception {
		// From scratch: every completed enrolment's learner, once each, on the learner's
		// unit.
		Map<Long, java.util.Set<Long>> completedLearnersByUnit = new HashMap<>();
		for (long wave : waves) {
			for (EnrolmentRef ref : enrolments.ofWave(wave)) {
				if (ref.completedAt() != null) {
					long unit = learners.find(ref.learnerId()).orElseThrow().unitId();
					completedLearnersByUnit.computeIfAbsent(unit, u -> new java.util.HashSet<>()).add(ref.learnerId());
				}
			}
		}
		String body = mvc
			.perform(get("/api/plans/{p}/indicators/{i}/progress", plan, officials)
				.param("unitId", String.valueOf(fixture.unit("PLN-D").id()))
				.with(REPORTER))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		for (String code : communes) {
			long id = fixture.unit(code).id();
			int expected = completedLearnersByUnit.getOrDefault(id, java.util.Set.of()).size();
			List<Number> numerator = JsonPath.read(body, "$.children[?(@.code == '" + code + "')].numerator");
			assertThat(numerator.getFirst().intValue()).as(code).isEqualTo(expected);
			List<Number> headcount = JsonPath.read(body, "$.children[?(@.code == '" + code + "')].headcount");
			assertThat(headcount.getFirst().intValue()).as(code)
				.isEqualTo(learners.findActiveInSubtree(fixture.unit(code).path()).size());
		}
		int total = completedLearnersByUnit.values().stream().mapToInt(java.util.Set::size).sum();
		assertThat(((Number) JsonPath.read(body, "$.numerator")).intValue()).isEqualTo(total);
		assertThat(((Number) JsonPath.read(body, "$.denominator.value")).intValue()).isEqualTo(districtHeadcount);
	}

}
