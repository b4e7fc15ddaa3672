package vn.hocso.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.contains;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import com.jayway.jsonpath.JsonPath;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import vn.hocso.learner.LearnerSummary;
import vn.hocso.organization.OrgUnitDirectory;
import vn.hocso.organization.OrgUnitSummary;
import vn.hocso.planning.domain.DenominatorSource;
import vn.hocso.planning.domain.FiguresCalculator;
import vn.hocso.planning.domain.Indicator.Population;
import vn.hocso.planning.domain.MeasureRule;
import vn.hocso.planning.domain.TreeFigures;
import vn.hocso.planning.domain.UnitFigures;
import vn.hocso.platform.VietnamTime;
import vn.hocso.testing.KeycloakJwt;

/**
 * Plan 420's "1,000 focal points trained": per unit, the officials who completed the
 * in-person programme against those nominated, equal to a recount of the training
 * module's rows; the plan's target and the officials per trained focal point beside them.
 * <p>
 * A journey ({@code @SpringBootTest}): the planning module's indicator over training's
 * rows.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
@Import(TrainingTestConfig.class)
class FocalPointIndicatorTests {

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
	FiguresCalculator calculator;

	@Autowired
	JdbcClient jdbc;

	TrainingApi api;

	@BeforeEach
	void fiveNominatedInANewDistrictOfWhomTwoCompleteTheProgramme() throws Exception {
		staff.clear();
		api = new TrainingApi(mvc, units, staff, events);
		clock.set(Instant.parse("2026-06-01T01:00:00Z"));
		unit("FP-D", "DISTRICT", "NA");
		unit("FP-D-A", "COMMUNE", "FP-D");
		unit("FP-D-B", "COMMUNE", "FP-D");
		long programme = api.openProgramme(2, 1, 100, 5);
		long classId = api.addClass(programme, "Lớp 1", "2026-06-15", 100, null);
		LearnerSummary a1 = api.official("A1", "FP-D-A");
		LearnerSummary a2 = api.official("A2", "FP-D-A");
		LearnerSummary b1 = api.official("B1", "FP-D-B");
		LearnerSummary d1 = api.official("D1", "FP-D");
		for (int i = 0; i < 68; i++) {
			api.official("Cán bộ " + i, i % 2 == 0 ? "FP-D-A" : "FP-D-B");
		}
		long n1 = api.nominated(TrainingApi.ADMIN, programme, a1.id(), classId);
		long n2 = api.nominated(TrainingApi.ADMIN, programme, a2.id(), classId);
		long n3 = api.nominated(TrainingApi.ADMIN, programme, b1.id(), classId);
		api.nominated(TrainingApi.ADMIN, programme, d1.id(), classId);
		api.allot(programme, "DATE_PREFERENCE").andExpect(status().isOk());
		List<Integer> sessions = TrainingApi.ints(api.get("/api/training/classes/" + classId, TrainingApi.TEACHER),
				"$.sessions[*].id");
		clock.set(Instant.parse("2026-06-17T10:00:00Z"));
		for (int i = 0; i < sessions.size(); i++) {
			StringBuilder marks = new StringBuilder();
			for (long nomination : i == 0 ? List.of(n1, n2, n3) : List.of(n1, n2)) {
				marks.append(marks.isEmpty() ? "" : ",")
					.append("""
							{"nominationId":%d,"clientId":"fp%d-%d","present":true,"late":false,"leftEarly":false,"markedAt":"2026-06-15T01:04:00Z"}"""
						.formatted(nomination, i, nomination));
			}
			api.post("/api/training/sessions/" + sessions.get(i) + "/attendance", TrainingApi.TEACHER,
					"{\"marks\":[" + marks + "]}")
				.andExpect(status().isOk());
		}
		api.post("/api/training/classes/" + classId + "/completion", TrainingApi.TEACHER, "")
			.andExpect(jsonPath("$.completedNow").value(2));
	}

	@Test
	void trainedAndNominatedFiguresEqualARecountOfTheTrainingRowsInEveryUnit() {
		OrgUnitSummary root = api.unit("FP-D");
		for (LocalDate day : List.of(LocalDate.of(2026, 6, 17), LocalDate.of(2026, 6, 16))) {
			TreeFigures figures = calculator.compute(focalPoints(), root, day, false);
			for (OrgUnitSummary unit : units.subtree(root.path())) {
				UnitFigures got = figures.byUnit().get(unit.id());
				assertThat(new long[] { got.numerator(), got.headcount() }).as(unit.code() + " on " + day)
					.containsExactly(recount("training_completion", "completed_at", unit, day),
							recount("training_nomination", "nominated_at", unit, day));
			}
		}
		UnitFigures top = calculator.compute(focalPoints(), root, LocalDate.of(2026, 6, 17), false).root();
		assertThat(new long[] { top.numerator(), top.headcount() }).containsExactly(2, 4);
		assertThat(top.source()).isEqualTo(DenominatorSource.NOMINATED_FOCAL_POINTS);
		assertThat(calculator.compute(focalPoints(), root, LocalDate.of(2026, 6, 16), false).root().numerator())
			.as("nobody trained before the class completed")
			.isZero();
	}

	@Test
	void plan420sIndicatorShowsTrainedAgainstNominatedAndTheTargetAndLearnersPerTrainedFocalPoint() throws Exception {
		long plan = planId("420/KH-UBND");
		String indicators = mvc.perform(get("/api/plans/{id}/indicators", plan).with(reporter()))
			.andReturn()
			.getResponse()
			.getContentAsString();
		List<Number> ids = JsonPath.read(indicators, "$[?(@.population.rule == 'FOCAL_POINTS_TRAINED')].id");
		assertThat(ids).hasSize(1);
		mvc.perform(get("/api/plans/{p}/indicators/{i}/progress", plan, ids.getFirst())
			.param("unitId", String.valueOf(api.unit("FP-D").id()))
			.with(reporter()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.numerator").value(2))
			.andExpect(jsonPath("$.value").value(closeTo(2.0, 1e-9)))
			.andExpect(jsonPath("$.denominator.value").value(4))
			.andExpect(jsonPath("$.denominator.source").value("NOMINATED_FOCAL_POINTS"))
			.andExpect(jsonPath("$.focalPoints.trained").value(2))
			.andExpect(jsonPath("$.focalPoints.nominated").value(4))
			.andExpect(jsonPath("$.focalPoints.target").value(closeTo(1000.0, 1e-9)))
			// 72 officials in the district, 2 trained: 36 each, the plan's ratio; commune
			// A has 36 for its 2.
			.andExpect(jsonPath("$.focalPoints.officials").value(72))
			.andExpect(jsonPath("$.focalPoints.learnersPerTrained").value(closeTo(36.0, 1e-9)))
			.andExpect(jsonPath("$.children[?(@.code == 'FP-D-A')].numerator").value(contains(2)))
			.andExpect(jsonPath("$.children[?(@.code == 'FP-D-A')].learnersPerTrained")
				.value(contains(closeTo(18.0, 1e-9))))
			.andExpect(jsonPath("$.children[?(@.code == 'FP-D-B')].headcount").value(contains(1)));
	}

	private static Population focalPoints() {
		return new Population(null, Set.of(), Set.of(), Set.of(), MeasureRule.FOCAL_POINTS_TRAINED);
	}

	/**
	 * Distinct officials of the table in the unit's subtree, on or before the day
	 * (Vietnam time).
	 */
	private long recount(String table, String column, OrgUnitSummary unit, LocalDate day) {
		String active = table.equals("training_nomination") ? " and status <> 'WITHDRAWN'" : "";
		return jdbc
			.sql("select count(distinct learner_id) from " + table + " where unit_path like ? and " + column + " < ?"
					+ active)
			.params(unit.path() + "%", Timestamp.from(day.plusDays(1).atStartOfDay(VietnamTime.ZONE).toInstant()))
			.query(Long.class)
			.single();
	}

	private void unit(String code, String type, String parentCode) throws Exception {
		api.post("/api/org-units", TrainingApi.ADMIN, """
				{"code":"%s","name":"Đơn vị %s","type":"%s","parentId":%d,"validFrom":"2020-01-01"}
				""".formatted(code, code, type, api.unit(parentCode).id())).andExpect(status().isCreated());
	}

	private long planId(String number) throws Exception {
		String body = mvc.perform(get("/api/plans").with(reporter())).andReturn().getResponse().getContentAsString();
		List<Number> ids = JsonPath.read(body, "$[?(@.number == '" + number + "')].id");
		return ids.getFirst().longValue();
	}

	private static org.springframework.test.web.servlet.request.RequestPostProcessor reporter() {
		return KeycloakJwt.user("demo.reporter", "NA", "REPORTER");
	}

}
