package vn.hocso.planning.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.hocso.organization.OrgUnitDirectory;
import vn.hocso.organization.OrgUnitSummary;
import vn.hocso.planning.domain.Indicator.Population;
import vn.hocso.platform.VietnamTime;
import vn.hocso.platform.jobs.ClusterScheduled;

/**
 * Every evening, each measured indicator's figures for every unit of its population are
 * stored as the day's snapshot: the trend, the forecast and past reports are read from
 * these rows, so a report for last month still shows last month's figures after new
 * completions.
 */
@Component
public class SnapshotJob {

	private static final Logger log = LoggerFactory.getLogger(SnapshotJob.class);

	private final IndicatorRepository indicators;

	private final PlanRepository plans;

	private final FiguresCalculator calculator;

	private final SnapshotStore snapshots;

	private final OrgUnitDirectory units;

	private final Clock clock;

	SnapshotJob(IndicatorRepository indicators, PlanRepository plans, FiguresCalculator calculator,
			SnapshotStore snapshots, OrgUnitDirectory units, Clock clock) {
		this.indicators = indicators;
		this.plans = plans;
		this.calculator = calculator;
		this.snapshots = snapshots;
		this.units = units;
		this.clock = clock;
	}

	@ClusterScheduled(name = "planning-snapshots", cron = "${hocso.planning.snapshot-cron:0 45 23 * * *}")
	void nightly() {
		int taken = snapshotAll(LocalDate.now(clock.withZone(VietnamTime.ZONE)));
		log.info("Planning snapshots taken for {} indicators", taken);
	}

	/** Snapshots every measured indicator as of this day; returns how many. */
	@Transactional
	public int snapshotAll(LocalDate day) {
		List<Indicator> measured = indicators.findByKind(IndicatorKind.MEASURED);
		int taken = 0;
		for (Indicator indicator : measured) {
			if (snapshot(indicator, day)) {
				taken++;
			}
		}
		return taken;
	}

	@Transactional
	public boolean snapshot(Indicator indicator, LocalDate day) {
		Population population = indicator.population();
		if (population == null) {
			return false;
		}
		Long rootId = population.unitId();
		if (rootId == null) {
			rootId = plans.findById(indicator.getPlanId()).map(Plan::getGoverningUnitId).orElse(null);
		}
		OrgUnitSummary root = rootId == null ? null : units.find(rootId).orElse(null);
		if (root == null) {
			return false;
		}
		TreeFigures figures = calculator.compute(population, root, day, true);
		snapshots.save(indicator.getId(), day, figures.byUnit()
			.values()
			.stream()
			.map(unit -> new SnapshotStore.Row(unit.unitId(), unit.path(), unit.headcount(), unit.source(),
					unit.enrolled(), unit.completed(), unit.certified(),
					BigDecimal.valueOf(ProgressService.valueOf(indicator, unit)).setScale(4, RoundingMode.HALF_UP)))
			.toList());
		return true;
	}

}
