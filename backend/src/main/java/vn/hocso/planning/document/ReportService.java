package vn.hocso.planning.document;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.hocso.organization.OrgScopes;
import vn.hocso.organization.OrgUnitDirectory;
import vn.hocso.organization.OrgUnitSummary;
import vn.hocso.planning.domain.FiguresCalculator;
import vn.hocso.planning.domain.Indicator;
import vn.hocso.planning.domain.IndicatorKind;
import vn.hocso.planning.domain.Plan;
import vn.hocso.planning.domain.PlanningService;
import vn.hocso.planning.domain.ProgressService;
import vn.hocso.planning.domain.ReportConfirmations;
import vn.hocso.planning.domain.SnapshotJob;
import vn.hocso.planning.domain.SnapshotStore;
import vn.hocso.planning.domain.SnapshotStore.Row;
import vn.hocso.planning.domain.TargetUnit;
import vn.hocso.planning.domain.TreeFigures;
import vn.hocso.planning.domain.UnitFigures;
import vn.hocso.platform.ProblemException;
import vn.hocso.platform.VietnamTime;

/**
 * Builds a period's report from the snapshot of the period's last day (or the latest
 * before it): a past report is reproducible whatever happened since. The current period
 * is snapshotted on demand.
 */
@Service
@Transactional
public class ReportService {

	private final PlanningService planning;

	private final SnapshotStore snapshots;

	private final SnapshotJob job;

	private final FiguresCalculator calculator;

	private final OrgUnitDirectory units;

	private final OrgScopes scopes;

	private final Clock clock;

	private final ProgressService progress;

	ReportService(PlanningService planning, SnapshotStore snapshots, SnapshotJob job, FiguresCalculator calculator,
			OrgUnitDirectory units, OrgScopes scopes, Clock clock, ProgressService progress) {
		this.progress = progress;
		this.planning = planning;
		this.snapshots = snapshots;
		this.job = job;
		this.calculator = calculator;
		this.units = units;
		this.scopes = scopes;
		this.clock = clock;
	}

	public PlanReport build(long planId, String period, @Nullable Long indicatorId, @Nullable Long unitId) {
		ReportConfirmations.requirePeriod(period);
		Plan plan = planning.plan(planId);
		Indicator indicator = indicatorId == null
				? planning.indicatorsOf(planId)
					.stream()
					.filter(i -> i.getKind() == IndicatorKind.MEASURED && !i.isToBeCompleted())
					.findFirst()
					.orElseThrow(() -> ProblemException.badRequest("report.no-measured-indicator", plan.getNumber()))
				: planning.indicator(planId, indicatorId);
		if (indicator.population() == null) {
			throw ProblemException.badRequest("report.no-measured-indicator", indicator.getName());
		}
		OrgUnitSummary unit = scopes
			.requireVisible(unitId == null ? progress.defaultUnit(plan.getGoverningUnitId()) : unitId);
		LocalDate today = LocalDate.now(clock.withZone(VietnamTime.ZONE));
		boolean monthly = period.length() == 7;
		LocalDate end = monthly ? YearMonth.parse(period).atEndOfMonth()
				: LocalDate.of(Integer.parseInt(period), 12, 31);
		LocalDate asOf = end.isAfter(today) ? today : end;
		if (asOf.equals(today)) {
			job.snapshot(indicator, today);
		}
		List<OrgUnitSummary> children = units.subtree(unit.path())
			.stream()
			.filter(u -> u.parentId() != null && u.parentId() == unit.id())
			.sorted(Comparator.comparing(OrgUnitSummary::code))
			.toList();
		double target = indicator.targetOn(asOf).doubleValue();
		LocalDate snapshotDay = snapshots.latestDayOnOrBefore(indicator.getId(), asOf).orElse(null);
		List<PlanReport.Line> lines = new ArrayList<>();
		PlanReport.Line total;
		String basis;
		if (snapshotDay != null) {
			List<Long> ids = new ArrayList<>(children.stream().map(OrgUnitSummary::id).toList());
			ids.add(unit.id());
			Map<Long, Row> rows = snapshots.rowsOf(indicator.getId(), snapshotDay, ids)
				.stream()
				.collect(Collectors.toMap(Row::unitId, Function.identity()));
			for (OrgUnitSummary child : children) {
				Row row = rows.get(child.id());
				if (row != null && (child.status().isOpen() || row.headcount() > 0 || row.completed() > 0)) {
					lines.add(line(child.code(), child.name(), row, target));
				}
			}
			Row own = rows.get(unit.id());
			if (own == null) {
				throw ProblemException.badRequest("report.unit-outside", unit.code());
			}
			total = line(unit.code(), unit.name(), own, target);
			basis = "SNAPSHOT";
		}
		else {
			TreeFigures figures = calculator.compute(indicator.population(), unit, asOf, true);
			for (UnitFigures child : figures.children()) {
				lines.add(line(child.code(), child.name(), row(indicator, child), target));
			}
			total = line(unit.code(), unit.name(), row(indicator, figures.root()), target);
			basis = "RECOUNT";
		}
		String number = "BC-" + plan.getNumber().replace('/', '-') + "-" + period;
		return new PlanReport(number, monthly ? "MONTHLY" : "YEARLY", period, asOf, today, snapshotDay, basis,
				plan.getNumber(), plan.getIssuer(), plan.getTitle(), indicator.getName(),
				indicator.getTargetUnit().name(), unit.name(), total, lines, plan.getSignerTitle(),
				plan.getSignerName());
	}

	private static Row row(Indicator indicator, UnitFigures unit) {
		double value = indicator.getTargetUnit() == TargetUnit.COUNT ? unit.numerator()
				: unit.rate() == null ? 0 : unit.rate();
		return new Row(unit.unitId(), unit.path(), unit.headcount(), unit.source(), unit.enrolled(), unit.completed(),
				unit.certified(), BigDecimal.valueOf(value));
	}

	private static PlanReport.Line line(String code, String name, Row row, double target) {
		double value = row.value().doubleValue();
		return new PlanReport.Line(code, name, row.headcount(), row.source(), row.enrolled(), row.completed(),
				row.certified(), value, target, Math.max(0, target - value));
	}

}
