package vn.hocso.planning;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.hocso.planning.PlanningFixture.REPORTER;

import java.time.LocalDate;
import java.time.YearMonth;

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
import vn.hocso.enrolment.domain.WaveService;
import vn.hocso.learner.LearnerCategory;
import vn.hocso.organization.OrgUnitDirectory;
import vn.hocso.planning.domain.IndicatorRepository;
import vn.hocso.planning.domain.SnapshotJob;
import vn.hocso.platform.VietnamTime;

/**
 * Monthly and yearly reports built from snapshots of real completions (their files and
 * confirmations: {@link PlanDocumentsTests}).
 * <p>
 * A journey: reports are built from real waves and completions and recounted from
 * enrolment's rows, with the journey group of {@link PlanProgressTests} (one context).
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(PlanningLearners.Config.class)
@Transactional
class PlanReportsTests {

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
	SnapshotJob snapshots;

	@Autowired
	IndicatorRepository indicators;

	PlanningFixture fixture;

	long plan;

	long officials;

	final LocalDate today = LocalDate.now(VietnamTime.ZONE);

	final YearMonth lastMonth = YearMonth.from(today).minusMonths(1);

	@BeforeEach
	void aDistrict() throws Exception {
		learners.clear();
		fixture = new PlanningFixture(mvc, units, learners, waves, enrolments, lifecycle);
		fixture.createCommune("PLR-D", "NA");
		fixture.createCommune("PLR-D-A", "PLR-D");
		fixture.createCommune("PLR-D-B", "PLR-D");
		plan = fixture.planId("420/KH-UBND");
		officials = fixture.indicatorId(plan, 1);
	}

	@Test
	void lastMonthsReportReproducedAfterNewCompletionsGivesLastMonthsFigures() throws Exception {
		fixture.register("PLR-D-A", LearnerCategory.CONG_CHUC, 8);
		fixture.register("PLR-D-B", LearnerCategory.CONG_CHUC, 4);
		long wave = fixture.waveFor("PLR-D", 601);
		fixture.complete(wave, 3, lastMonth.atDay(10));
		snapshots.snapshot(indicators.findById(officials).orElseThrow(), lastMonth.atEndOfMonth());

		// After the month closed: a late completion dated in that month, more learners
		// and completions today.
		fixture.complete(wave, 2, lastMonth.atDay(20));
		fixture.register("PLR-D-B", LearnerCategory.CONG_CHUC, 5);
		fixture.complete(wave, 4, today);

		String unit = String.valueOf(fixture.unit("PLR-D").id());
		mvc.perform(
				get("/api/plans/{p}/reports/{period}", plan, lastMonth.toString()).param("unitId", unit).with(REPORTER))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.basis").value("SNAPSHOT"))
			.andExpect(jsonPath("$.snapshotDay").value(lastMonth.atEndOfMonth().toString()))
			.andExpect(jsonPath("$.total.completed").value(3))
			.andExpect(jsonPath("$.total.headcount").value(12))
			.andExpect(jsonPath("$.total.enrolled").value(12))
			.andExpect(jsonPath("$.lines.length()").value(2));
		mvc.perform(get("/api/plans/{p}/reports/{period}", plan, YearMonth.from(today).toString()).param("unitId", unit)
			.with(REPORTER))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total.completed").value(9))
			.andExpect(jsonPath("$.total.headcount").value(17));
	}

	@Test
	void theReportsFiguresEqualARecountFromTheRawRows() throws Exception {
		fixture.register("PLR-D-A", LearnerCategory.CONG_CHUC, 6);
		fixture.register("PLR-D-B", LearnerCategory.VIEN_CHUC, 7);
		long waveA = fixture.waveFor("PLR-D-A", 602);
		long waveB = fixture.waveFor("PLR-D-B", 602);
		fixture.complete(waveA, 4, today);
		fixture.complete(waveB, 1, today);
		String unit = String.valueOf(fixture.unit("PLR-D").id());

		long completedA = enrolments.ofWave(waveA).stream().filter(e -> e.completedAt() != null).count();
		long completedB = enrolments.ofWave(waveB).stream().filter(e -> e.completedAt() != null).count();
		mvc.perform(get("/api/plans/{p}/reports/{period}", plan, YearMonth.from(today).toString()).param("unitId", unit)
			.with(REPORTER))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.lines[0].code").value("PLR-D-A"))
			.andExpect(jsonPath("$.lines[0].completed").value(completedA))
			.andExpect(jsonPath("$.lines[0].enrolled").value(enrolments.ofWave(waveA).size()))
			.andExpect(jsonPath("$.lines[1].completed").value(completedB))
			.andExpect(jsonPath("$.lines[1].headcount").value(7))
			.andExpect(jsonPath("$.total.completed").value(completedA + completedB));
	}

}
