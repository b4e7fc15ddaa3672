package vn.hocso.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.hocso.planning.PlanningFixture.ADMIN;
import static vn.hocso.planning.PlanningFixture.REPORTER;
import static vn.hocso.planning.PlanningFixture.VERIFIER;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import com.jayway.jsonpath.JsonPath;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import vn.hocso.enrolment.EnrolmentDirectory;
import vn.hocso.enrolment.EnrolmentLifecycle;
import vn.hocso.enrolment.domain.WaveService;
import vn.hocso.learner.LearnerCategory;
import vn.hocso.openlearning.domain.QrOpens;
import vn.hocso.organization.OrgUnitDirectory;
import vn.hocso.organization.OrgUnitSummary;
import vn.hocso.planning.domain.DenominatorSource;
import vn.hocso.planning.domain.FiguresCalculator;
import vn.hocso.planning.domain.Indicator.Population;
import vn.hocso.planning.domain.MeasureRule;
import vn.hocso.planning.domain.ProgressLedger;
import vn.hocso.planning.domain.ProgressLedger.Fact;
import vn.hocso.planning.domain.TreeFigures;
import vn.hocso.planning.domain.UnitFigures;
import vn.hocso.platform.VietnamTime;

/**
 * Citizen indicators: per commune, the citizens who completed a course (each once)
 * against the commune's verified working-age population; every unit's figures equal a
 * recount of planning's ledger and of the verified declarations; QR opens appear beside
 * them as reach; the public dashboard hides a population below the minimum.
 * <p>
 * A journey: no learner data is needed (the ledger is fed directly), but the figures are
 * recounted from headcount's approved declarations and openlearning's QR opens, which
 * mocks would only echo; it shares the context of {@link PlanProgressTests}.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(PlanningLearners.Config.class)
@Transactional
class CitizenIndicatorTests {

	private static final AtomicLong IDS = new AtomicLong(System.nanoTime() % 1_000_000 * 1_000 + 8_000_000_000L);

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

	@Autowired
	FiguresCalculator calculator;

	@Autowired
	QrOpens qrOpens;

	@Autowired
	JdbcClient jdbc;

	PlanningFixture fixture;

	LocalDate today;

	@BeforeEach
	void aDistrictOfThreeCommunesAndAnotherDistrict() throws Exception {
		learners.clear();
		fixture = new PlanningFixture(mvc, units, learners, waves, enrolments, lifecycle);
		today = LocalDate.now(VietnamTime.ZONE);
		fixture.createDistrict("CIT-D", "NA");
		fixture.createCommune("CIT-D-A", "CIT-D");
		fixture.createCommune("CIT-D-B", "CIT-D");
		fixture.createCommune("CIT-D-C", "CIT-D");
		fixture.createDistrict("CIT-E", "NA");
		fixture.createCommune("CIT-E-A", "CIT-E");
		String year = String.valueOf(today.getYear());
		verifiedPopulation("CIT-D-A", year, 1000);
		verifiedPopulation("CIT-D-B", String.valueOf(today.getYear() - 1), 500);
		declaredPopulation("CIT-D-C", year, 800);
		verifiedPopulation("CIT-E-A", year, 700);

		long citizenA1 = completed("CIT-D-A", LearnerCategory.CITIZEN, today.minusDays(3));
		completed("CIT-D-A", LearnerCategory.CITIZEN, today.minusDays(1));
		completed("CIT-D-A", LearnerCategory.CITIZEN, today);
		completedAgain(citizenA1, "CIT-D-A", today); // a second course: still one citizen
		completed("CIT-D-A", LearnerCategory.CONG_CHUC, today); // an official: not a
																// citizen
		completed("CIT-D-A", LearnerCategory.CITIZEN, today.plusDays(1)); // not yet
		completed("CIT-D-B", LearnerCategory.CITIZEN, today.minusDays(10));
		completed("CIT-D-B", LearnerCategory.CITIZEN, today);
		completed("CIT-D-C", LearnerCategory.CITIZEN, today);
		for (int i = 0; i < 4; i++) {
			completed("CIT-E-A", LearnerCategory.CITIZEN, today);
		}
	}

	@Test
	void citizenFiguresEqualARecountOfTheLedgerAndTheVerifiedPopulationsInEveryUnit() {
		OrgUnitSummary root = fixture.unit("CIT-D");
		for (LocalDate day : List.of(today, today.minusDays(2))) {
			TreeFigures figures = calculator.compute(citizens(), root, day, false);
			for (OrgUnitSummary unit : units.subtree(root.path())) {
				UnitFigures got = figures.byUnit().get(unit.id());
				assertThat(new long[] { got.numerator(), got.headcount() }).as(unit.code() + " on " + day)
					.containsExactly(recountCitizens(unit, day), recountPopulation(unit, day.getYear()));
			}
		}
		UnitFigures top = calculator.compute(citizens(), root, today, false).root();
		assertThat(top.numerator()).isEqualTo(6);
		assertThat(top.headcount()).isEqualTo(1500);
		assertThat(top.source()).isEqualTo(DenominatorSource.WORKING_AGE_POPULATION);
		assertThat(top.verifiedUnits()).as("communes with a verified figure").isEqualTo(2);
		assertThat(top.registeredUnits()).as("communes still without one").isEqualTo(1);
		assertThat(top.rate()).isCloseTo(0.4, org.assertj.core.data.Offset.offset(1e-9));
	}

	@Test
	void theSeededCitizenIndicatorShowsQrOpensBesideAsReachNotInTheValue() throws Exception {
		String code = qrCodeFor("CIT-D-B");
		qrOpens.open(code);
		qrOpens.open(code);
		qrOpens.open(code);
		long plan = fixture.planId("88/KH-UBND");
		long indicator = citizenIndicatorOf(plan);
		mvc.perform(get("/api/plans/{p}/indicators/{i}/progress", plan, indicator)
			.param("unitId", String.valueOf(fixture.unit("CIT-D").id()))
			.with(REPORTER))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.rule").value("CITIZENS_COMPLETED"))
			.andExpect(jsonPath("$.numerator").value(6))
			.andExpect(jsonPath("$.denominator.value").value(1500))
			.andExpect(jsonPath("$.denominator.source").value("WORKING_AGE_POPULATION"))
			.andExpect(jsonPath("$.value").value(closeTo(0.4, 1e-9)))
			.andExpect(jsonPath("$.reach.opens").value(3))
			.andExpect(jsonPath("$.children[?(@.code == 'CIT-D-B')].qrOpens").value(contains(3)))
			.andExpect(jsonPath("$.children[?(@.code == 'CIT-D-B')].numerator").value(contains(2)))
			.andExpect(jsonPath("$.children[?(@.code == 'CIT-D-C')].headcount").value(contains(0)))
			.andExpect(jsonPath("$.children[?(@.code == 'CIT-D-A')].qrOpens").value(contains(0)));
	}

	@Test
	void thePublicDashboardShowsCitizenFiguresOnlyForAPopulationAtLeastTheMinimum() throws Exception {
		long large = citizenPlanGoverning("CIT-D", "1/CIT");
		fixture.createDistrict("CIT-S", "NA");
		fixture.createCommune("CIT-S-A", "CIT-S");
		verifiedPopulation("CIT-S-A", String.valueOf(today.getYear()), 9);
		completed("CIT-S-A", LearnerCategory.CITIZEN, today);
		long small = citizenPlanGoverning("CIT-S", "2/CIT");
		String code = qrCodeFor("CIT-S-A");
		qrOpens.open(code);

		mvc.perform(get("/api/public/plans/{p}/dashboard", large))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.indicators[0].rule").value("CITIZENS_COMPLETED"))
			.andExpect(jsonPath("$.indicators[0].suppressed").value(false))
			.andExpect(jsonPath("$.indicators[0].population").value(1500))
			.andExpect(jsonPath("$.indicators[0].value").value(closeTo(0.4, 1e-9)));
		mvc.perform(get("/api/public/plans/{p}/dashboard", small))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.indicators[0].suppressed").value(true))
			.andExpect(jsonPath("$.indicators[0].value").value(nullValue()))
			.andExpect(jsonPath("$.indicators[0].population").value(nullValue()))
			.andExpect(jsonPath("$.indicators[0].categories").isEmpty())
			// Opens are counts of scans, about nobody: shown, labelled as reach by the
			// page.
			.andExpect(jsonPath("$.indicators[0].qrOpens").value(1));
	}

	private Population citizens() {
		return new Population(null, Set.of(), Set.of(), Set.of(), MeasureRule.CITIZENS_COMPLETED);
	}

	/**
	 * Citizens who completed on or before the day, each once, in the unit's subtree: from
	 * the facts.
	 */
	private long recountCitizens(OrgUnitSummary unit, LocalDate day) {
		return jdbc.sql("""
				select count(distinct learner_id) from planning_fact
				where unit_path like ? and category = 'CITIZEN' and completed_on <= ?""")
			.params(unit.path() + "%", java.sql.Date.valueOf(day))
			.query(Long.class)
			.single();
	}

	/**
	 * Each commune's latest approved figure of the year or before, summed over the
	 * subtree.
	 */
	private long recountPopulation(OrgUnitSummary unit, int year) {
		Map<Long, long[]> latest = new HashMap<>();
		jdbc.sql("""
				select unit_id, period, revision, working_age from population_declaration
				where unit_path like ? and status = 'APPROVED' and period <= ?""")
			.params(unit.path() + "%", String.valueOf(year))
			.query((rs, n) -> latest.merge(rs.getLong(1),
					new long[] { Long.parseLong(rs.getString(2)), rs.getInt(3), rs.getLong(4) },
					(a, b) -> a[0] != b[0] ? (a[0] > b[0] ? a : b) : (a[1] > b[1] ? a : b)))
			.list();
		return latest.values().stream().mapToLong(v -> v[2]).sum();
	}

	private long completed(String unitCode, LearnerCategory category, LocalDate on) {
		long learner = IDS.incrementAndGet();
		completedAgain(learner, unitCode, on, category);
		return learner;
	}

	private void completedAgain(long learner, String unitCode, LocalDate on) {
		completedAgain(learner, unitCode, on, LearnerCategory.CITIZEN);
	}

	private void completedAgain(long learner, String unitCode, LocalDate on, LearnerCategory category) {
		OrgUnitSummary unit = fixture.unit(unitCode);
		ledger.completed(new Fact(IDS.incrementAndGet(), learner, unit.id(), unit.path(), category, 901, 9901), on);
	}

	private void verifiedPopulation(String unitCode, String period, long workingAge) throws Exception {
		long id = declaredPopulation(unitCode, period, workingAge);
		mvc.perform(post("/api/populations/{id}/approve", id).with(VERIFIER)).andExpect(status().isOk());
	}

	private long declaredPopulation(String unitCode, String period, long workingAge) throws Exception {
		String body = mvc
			.perform(post("/api/populations").with(ADMIN).contentType(MediaType.APPLICATION_JSON).content("""
					{"unitId":%d,"period":"%s","workingAge":%d,"source":"Chi cục Thống kê %s"}
					""".formatted(fixture.unit(unitCode).id(), period, workingAge, period)))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return ((Number) JsonPath.read(body, "$.id")).longValue();
	}

	/** A poster's code for the commune, as the poster module would have issued it. */
	private String qrCodeFor(String unitCode) {
		OrgUnitSummary unit = fixture.unit(unitCode);
		String code = "T" + Long.toString(IDS.incrementAndGet() % 36_000_000, 36).toUpperCase();
		jdbc.sql("""
				insert into qr_code (id, code, target_type, target_ref, unit_id, unit_path, created_at)
				values (?, ?, 'TOPIC', 'an-toan-tren-mang', ?, ?, ?)""")
			.params(IDS.incrementAndGet(), code, unit.id(), unit.path(), java.sql.Timestamp.from(Instant.now()))
			.update();
		return code;
	}

	private long citizenIndicatorOf(long plan) throws Exception {
		String body = mvc.perform(get("/api/plans/{id}/indicators", plan).with(REPORTER))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		List<Number> ids = JsonPath.read(body, "$[?(@.population.rule == 'CITIZENS_COMPLETED')].id");
		assertThat(ids).hasSize(1);
		return ids.getFirst().longValue();
	}

	private long citizenPlanGoverning(String unitCode, String number) throws Exception {
		String created = mvc.perform(post("/api/plans").with(ADMIN).contentType("application/json").content("""
				{"number":"%s","issuer":"UBND","title":"Kế hoạch","governingUnitId":%d,
				 "periodStart":"2026-01-01","periodEnd":"2030-12-31"}
				""".formatted(number, fixture.unit(unitCode).id())))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		long id = ((Number) JsonPath.read(created, "$.id")).longValue();
		mvc.perform(post("/api/plans/{p}/indicators", id).with(ADMIN).contentType("application/json").content("""
				{"name":"70% người dân trong độ tuổi lao động có kỹ năng số cơ bản","targetValue":70,
				 "targetUnit":"PERCENT","deadline":"2030-12-31","kind":"MEASURED",
				 "population":{"rule":"CITIZENS_COMPLETED"}}
				""")).andExpect(status().isCreated());
		return id;
	}

}
