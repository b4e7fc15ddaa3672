package vn.hocso.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.hocso.learner.LearnerCategory;
import vn.hocso.planning.domain.Indicator.IndicatorDetails;
import vn.hocso.planning.domain.Indicator.Population;
import vn.hocso.planning.domain.IndicatorKind;
import vn.hocso.planning.domain.MeasureRule;
import vn.hocso.planning.domain.Plan.PlanDetails;
import vn.hocso.planning.domain.PlanningService;
import vn.hocso.planning.domain.ProgressLedger;
import vn.hocso.planning.domain.ProgressService;
import vn.hocso.planning.domain.ProgressService.Progress;
import vn.hocso.planning.domain.TargetUnit;
import vn.hocso.platform.VietnamTime;
import vn.hocso.testing.AsCaller;

/**
 * Live progress of one indicator with the full tree breakdown: a province of 36,000
 * learners in ~1,000 units, and a synthetic nation (34 provinces, ~10,000 units, 2.5
 * million learners by default) made by the generator below, straight into PostgreSQL with
 * generate_series. Prints the timings. Not part of the normal run; on PostgreSQL (an
 * empty database, e.g. {@code hocso_planning}):
 * {@code HOCSO_DB_URL=jdbc:postgresql://127.0.0.1:5432/hocso_planning ./mvnw -pl backend test
 * -Dtest=PlanningProgressBenchmark -Dhocso.test.profiles=test,postgres -Dsurefire.failIfNoSpecifiedTests=false
 * [-Dplanning.bench.learners=2500000] [-Dplanning.bench.reuse=true]} (reuse: keep the
 * dataset of the previous run instead of generating it again). The generator writes the
 * ledger's facts directly and then rebuilds the per-unit counts from them, as the nightly
 * reconciliation does.
 */
@Tag("benchmark")
@SpringBootTest
class PlanningProgressBenchmark {

	static final long ROOT = 50_000_000L;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PlanningService planning;

	@Autowired
	ProgressService progress;

	@Autowired
	ProgressLedger ledger;

	@Autowired
	vn.hocso.organization.OrgUnitDirectory orgUnits;

	@Autowired
	vn.hocso.learner.LearnerDirectory learnerDirectory;

	@AfterEach
	void signOut() {
		AsCaller.signOut();
	}

	@Test
	void provinceAndNation() {
		int nationalLearners = Integer.getInteger("planning.bench.learners", 2_500_000);
		boolean reuse = Boolean.getBoolean("planning.bench.reuse")
				&& jdbc.queryForObject("select count(*) from org_unit where code = 'BM-VN'", Long.class) > 0;
		long t0 = System.nanoTime();
		long province = ROOT - 1;
		long generated = t0;
		long rebuilt = t0;
		long countRows = 0;
		cleanPlans();
		if (!reuse) {
			clean();
			// A province: 40 districts × 24 communes (1,001 units), 36,000 learners.
			unit(province, "BM-PROV", "Tỉnh thử", "PROVINCE", null, "/" + province + "/");
			List<long[]> provinceCommunes = tree(province, "/" + province + "/", "BM-PROV", 40, 24, ROOT + 5_000_000);
			learnersAndFacts(provinceCommunes, 36_000);
			// The nation: 34 provinces × 20 districts × 14 communes (10,235 units).
			unit(ROOT, "BM-VN", "Cả nước (thử)", "OTHER", null, "/" + ROOT + "/");
			List<long[]> communes = new ArrayList<>();
			for (int p = 0; p < 34; p++) {
				long id = ROOT + 1 + p * 400L;
				String path = "/" + ROOT + "/" + id + "/";
				unit(id, "BM-P" + p, "Tỉnh " + p, "PROVINCE", ROOT, path);
				communes.addAll(tree(id, path, "BM-P" + p, 20, 14, id + 1));
			}
			learnersAndFacts(communes, nationalLearners);
			generated = System.nanoTime();
			// The generator writes facts directly, bypassing the events: the per-unit
			// counts are rebuilt from them.
			countRows = ledger.rebuildCounts();
			rebuilt = System.nanoTime();
			// What autovacuum does to a table after bulk inserts (index-only scans need
			// the visibility map).
			jdbc.execute("vacuum analyze org_unit");
			jdbc.execute("vacuum analyze learner");
			jdbc.execute("vacuum analyze planning_fact");
			jdbc.execute("vacuum analyze planning_count");
		}
		long units = jdbc.queryForObject("select count(*) from org_unit where code like 'BM-%'", Long.class);
		long learners = jdbc.queryForObject("select count(*) from learner where unit_code like 'BM-%'", Long.class);
		long facts = jdbc.queryForObject("select count(*) from planning_fact where enrolment_id >= ?", Long.class,
				ROOT);

		AsCaller.signIn("bench.admin", "BM-VN", "ADMIN");
		long[] provincePlan = plan(province, "BM-1/KH");
		long[] nationPlan = plan(ROOT, "BM-2/KH");
		AsCaller.signIn("bench.admin", "BM-PROV", "ADMIN");
		double[] provinceTimes = time(provincePlan, 7);
		Progress provinceProgress = progress.progress(provincePlan[0], provincePlan[1], null);
		AsCaller.signIn("bench.admin", "BM-VN", "ADMIN");
		double[] nationTimes = time(nationPlan, 5);
		Progress nationProgress = progress.progress(nationPlan[0], nationPlan[1], null);

		System.out.printf("%n=== Planning progress benchmark (PostgreSQL) ===%n");
		System.out.printf("%s %,d units, %,d learners, %,d completions in %.1f s%n", reuse ? "reused" : "generated",
				units, learners, facts, (generated - t0) / 1e9);
		System.out.printf("per-unit counts rebuilt from the ledger: %,d rows in %.1f s%n", countRows,
				(rebuilt - generated) / 1e9);
		System.out.printf(
				"province (36,000 learners, %d children, full tree): min %.0f ms, median %.0f ms; value %.1f%% of %,d%n",
				provinceProgress.children().size(), provinceTimes[0], provinceTimes[provinceTimes.length / 2],
				provinceProgress.value(), provinceProgress.denominator().value());
		System.out.printf(
				"nation (%,d learners, %d provinces, full tree): min %.0f ms, median %.0f ms; value %.1f%% of %,d%n",
				nationalLearners, nationProgress.children().size(), nationTimes[0], nationTimes[nationTimes.length / 2],
				nationProgress.value(), nationProgress.denominator().value());
		for (String path : List.of("/" + province + "/", "/" + ROOT + "/")) {
			var filter = new ProgressLedger.Filter(Set.of(), Set.of(), Set.of());
			var today = LocalDate.now(VietnamTime.ZONE);
			System.out.printf(
					"  %s: units %.0f ms, registered learners %.0f ms, completions (counts) %.0f ms, completions (facts) %.0f ms, by wave (counts) %.0f ms%n",
					path, best(() -> orgUnits.subtree(path)),
					best(() -> learnerDirectory.countActiveByUnitAndCategory(path)),
					best(() -> ledger.countByPathAndCategory(path, ProgressLedger.Counted.COMPLETED, filter, today)),
					best(() -> ledger.recountByPathAndCategory(path, ProgressLedger.Counted.COMPLETED, filter, today)),
					best(() -> ledger.countByWave(path, ProgressLedger.Counted.COMPLETED, filter, today)));
		}
		System.out.printf("machine load average %.2f on %d cores%n%n",
				java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
				Runtime.getRuntime().availableProcessors());
		assertThat(provinceProgress.denominator().value()).isEqualTo(36_000);
		assertThat(nationProgress.children()).hasSize(34);
	}

	/** The best of three runs, in ms: where the time of one progress request goes. */
	private static double best(Runnable step) {
		double best = Double.MAX_VALUE;
		for (int i = 0; i < 3; i++) {
			long start = System.nanoTime();
			step.run();
			best = Math.min(best, (System.nanoTime() - start) / 1e6);
		}
		return best;
	}

	private double[] time(long[] plan, int runs) {
		double[] ms = new double[runs];
		for (int i = 0; i < runs; i++) {
			long start = System.nanoTime();
			progress.progress(plan[0], plan[1], null);
			ms[i] = (System.nanoTime() - start) / 1e6;
		}
		Arrays.sort(ms);
		return ms;
	}

	private long[] plan(long unitId, String number) {
		var plan = planning.create(new PlanDetails(number, "Benchmark", "Kế hoạch thử", null, unitId,
				LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), null, null, null, List.of()));
		var indicator = planning.addIndicator(plan.getId(),
				new IndicatorDetails(1, "100% công chức", BigDecimal.valueOf(100), TargetUnit.PERCENT,
						LocalDate.of(2026, 12, 31), List.of(), null, IndicatorKind.MEASURED, false,
						new Population(
								null, Set.of(LearnerCategory.CAN_BO, LearnerCategory.CONG_CHUC,
										LearnerCategory.VIEN_CHUC, LearnerCategory.NGUOI_LAO_DONG),
								Set.of(), Set.of(), MeasureRule.COMPLETED)));
		return new long[] { plan.getId(), indicator.getId() };
	}

	/**
	 * Districts and communes under a unit; returns [commune id] rows. Ids are dense from
	 * {@code firstId}.
	 */
	private List<long[]> tree(long parent, String parentPath, String code, int districts, int communesEach,
			long firstId) {
		List<Object[]> rows = new ArrayList<>();
		List<long[]> communes = new ArrayList<>();
		long id = firstId;
		for (int d = 0; d < districts; d++) {
			long district = id++;
			String districtPath = parentPath + district + "/";
			rows.add(row(district, code + "-D" + d, "Huyện " + d, "DISTRICT", parent, districtPath));
			for (int c = 0; c < communesEach; c++) {
				long commune = id++;
				rows.add(row(commune, code + "-D" + d + "-C" + c, "Xã " + c, "COMMUNE", district,
						districtPath + commune + "/"));
				communes.add(new long[] { commune });
			}
		}
		jdbc.batchUpdate("""
				insert into org_unit (id, code, name, type, parent_id, path, status, valid_from, version)
				values (?, ?, ?, ?, ?, ?, 'ACTIVE', date '2020-01-01', 0)""", rows);
		return communes;
	}

	private static Object[] row(long id, String code, String name, String type, Long parent, String path) {
		return new Object[] { id, code, name, type, parent, path };
	}

	private void unit(long id, String code, String name, String type, Long parent, String path) {
		jdbc.update("""
				insert into org_unit (id, code, name, type, parent_id, path, status, valid_from, version)
				values (?, ?, ?, ?, ?, ?, 'ACTIVE', date '2020-01-01', 0)""", id, code, name, type, parent, path);
	}

	/**
	 * Spreads the learners evenly over the communes; about 60% of them completed on a day
	 * of 2026.
	 */
	private void learnersAndFacts(List<long[]> communes, int total) {
		long first = communes.getFirst()[0];
		long last = communes.getLast()[0];
		int per = Math.max(1, total / communes.size());
		int extra = total - per * communes.size();
		jdbc.update(
				"""
						insert into learner (id, full_name, search_name, unit_id, unit_code, unit_path, category, status, valid_from, version)
						select u.id * 1000 + g, 'Học viên ' || g, 'hoc vien ' || g, u.id, u.code, u.path,
						  (array['CAN_BO','CONG_CHUC','VIEN_CHUC','NGUOI_LAO_DONG'])[1 + (g % 4)], 'ACTIVE', date '2020-01-01', 0
						from (select c.*, row_number() over (order by c.id) as n from org_unit c
						      where c.type = 'COMMUNE' and c.id between ? and ?) u,
						  generate_series(1, ? + case when u.n <= ? then 1 else 0 end) g""",
				first, last, per, extra);
		jdbc.update(
				"""
						insert into planning_fact (enrolment_id, learner_id, unit_id, unit_path, category, course_id, wave_id, completed_on)
						select l.id, l.id, l.unit_id, l.unit_path, l.category, 1, 1 + (l.id % 8), date '2026-01-01' + cast(l.id % 300 as integer)
						from learner l where l.unit_id between ? and ? and l.id % 10 < 6""",
				first, last);
	}

	private void clean() {
		jdbc.update("delete from planning_fact where enrolment_id >= ?", ROOT);
		jdbc.update("delete from planning_count where unit_id >= ?", ROOT - 1);
		jdbc.update("delete from learner where unit_code like 'BM-%'");
		jdbc.update("delete from org_unit where code like 'BM-%'");
	}

	private void cleanPlans() {
		jdbc.update(
				"delete from indicator_milestone where indicator_id in (select i.id from indicator i join plan p on p.id = i.plan_id where p.issuer = 'Benchmark')");
		jdbc.update("delete from indicator where plan_id in (select id from plan where issuer = 'Benchmark')");
		jdbc.update("delete from plan_report_due where plan_id in (select id from plan where issuer = 'Benchmark')");
		jdbc.update("delete from plan where issuer = 'Benchmark'");
	}

}
