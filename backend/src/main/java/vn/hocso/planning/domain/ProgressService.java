package vn.hocso.planning.domain;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.hocso.learner.LearnerCategory;
import vn.hocso.organization.OrgScopes;
import vn.hocso.organization.OrgUnitDirectory;
import vn.hocso.organization.OrgUnitSummary;
import vn.hocso.planning.domain.Indicator.Population;
import vn.hocso.planning.domain.ProgressLedger.Counted;
import vn.hocso.planning.domain.ProgressLedger.Filter;
import vn.hocso.platform.VietnamTime;

/**
 * Live progress of an indicator for a unit in the caller's scope: never typed in for
 * measured indicators.
 */
@Service
@Transactional(readOnly = true)
public class ProgressService {

	private final PlanningService planning;

	private final FiguresCalculator calculator;

	private final ProgressLedger ledger;

	private final SnapshotStore snapshots;

	private final ReportedValueRepository reported;

	private final OrgUnitDirectory units;

	private final OrgScopes scopes;

	private final PlanningProperties properties;

	private final Clock clock;

	private final SideFigures side;

	ProgressService(PlanningService planning, FiguresCalculator calculator, ProgressLedger ledger,
			SnapshotStore snapshots, ReportedValueRepository reported, OrgUnitDirectory units, OrgScopes scopes,
			PlanningProperties properties, Clock clock, SideFigures side) {
		this.side = side;
		this.planning = planning;
		this.calculator = calculator;
		this.ledger = ledger;
		this.snapshots = snapshots;
		this.reported = reported;
		this.units = units;
		this.scopes = scopes;
		this.properties = properties;
		this.clock = clock;
	}

	public record Denominator(long value, DenominatorSource source, int verifiedUnits, int registeredUnits) {
	}

	/**
	 * @param qrOpens beside a citizen indicator: its QR codes' opens in the unit (reach,
	 * not completion)
	 * @param learnersPerTrained beside trained focal points: registered officials per
	 * trained focal point
	 */
	public record ChildRow(long unitId, String code, String name, boolean open, long numerator, long headcount,
			DenominatorSource source, @Nullable Double rate, boolean hasChildren, @Nullable Long qrOpens,
			@Nullable Double learnersPerTrained) {
	}

	/**
	 * QR opens of the unit's communes over the period: how many times posters were
	 * scanned, not people.
	 */
	public record Reach(long opens, LocalDate from, LocalDate to) {
	}

	/**
	 * Trained vs nominated vs the plan's target, and the officials each trained focal
	 * point guides (~36).
	 */
	public record FocalPoints(long trained, long nominated, double target, long officials,
			@Nullable Double learnersPerTrained) {
	}

	public record CategoryRow(LearnerCategory category, long numerator, long headcount, @Nullable Double rate) {
	}

	public record WaveRow(long waveId, long learners) {
	}

	public record TrendPoint(LocalDate day, double value) {
	}

	public record UnitRef(long id, String code, String name) {
	}

	public record Progress(long planId, long indicatorId, String indicatorName, IndicatorKind kind,
			@Nullable MeasureRule rule, TargetUnit targetUnit, UnitRef unit, List<UnitRef> path, LocalDate asOf,
			@Nullable Double value, long numerator, @Nullable Denominator denominator, double target, LocalDate due,
			@Nullable Double gap, ProgressStatus status, @Nullable Double forecast, List<ChildRow> children,
			List<CategoryRow> categories, List<WaveRow> waves, List<TrendPoint> trend, @Nullable Reach reach,
			@Nullable FocalPoints focalPoints) {
	}

	public Progress progress(long planId, long indicatorId, @Nullable Long unitId) {
		Plan plan = planning.plan(planId);
		Indicator indicator = planning.indicator(planId, indicatorId);
		Population population = indicator.population();
		long rootId = population != null && population.unitId() != null ? population.unitId()
				: plan.getGoverningUnitId();
		OrgUnitSummary unit = scopes.requireVisible(unitId == null ? defaultUnit(rootId) : unitId);
		LocalDate today = LocalDate.now(clock.withZone(VietnamTime.ZONE));
		Milestone due = indicator.dueOn(today);
		double target = due.target().doubleValue();
		List<UnitRef> path = units.pathOf(unit.id())
			.stream()
			.map(u -> new UnitRef(u.id(), u.code(), u.name()))
			.toList();
		UnitRef ref = new UnitRef(unit.id(), unit.code(), unit.name());
		if (population == null) {
			return reportedProgress(plan, indicator, unit, ref, path, today, due, target);
		}
		var wavesQuery = !population.rule().ledgerBased() ? null
				: FiguresCalculator.async(() -> ledger.countByWave(unit.path(),
						population.rule() == MeasureRule.CERTIFIED ? Counted.CERTIFIED : Counted.COMPLETED,
						new Filter(population.categories(), population.courseIds(), population.waveIds()), today));
		TreeFigures figures = calculator.compute(population, unit, today, false);
		UnitFigures root = figures.root();
		double value = valueOf(indicator, root);
		List<TrendPoint> trend = new ArrayList<>(snapshots.trend(indicatorId, unit.id(), plan.getPeriodStart())
			.stream()
			.filter(point -> point.day().isBefore(today))
			.map(point -> new TrendPoint(point.day(), point.value()))
			.toList());
		trend.add(new TrendPoint(today, value));
		OptionalDouble forecast = Forecast.at(trend.stream().map(p -> new Forecast.Point(p.day(), p.value())).toList(),
				due.due(), properties.forecastWindowDays());
		if (indicator.getTargetUnit() == TargetUnit.PERCENT && forecast.isPresent()) {
			forecast = OptionalDouble.of(Math.min(100, forecast.getAsDouble()));
		}
		ProgressStatus status = ProgressStatus.of(value, target, today, plan.getPeriodStart(), due.due(), forecast);
		boolean citizens = population.rule() == MeasureRule.CITIZENS_COMPLETED;
		boolean focal = population.rule() == MeasureRule.FOCAL_POINTS_TRAINED;
		Map<Long, Long> opens = citizens ? side.qrOpens(unit, plan.getPeriodStart(), today) : Map.of();
		Map<Long, Long> officials = focal ? side.officials(unit) : Map.of();
		List<ChildRow> children = figures.children()
			.stream()
			.map(child -> new ChildRow(child.unitId(), child.code(), child.name(), child.open(), child.numerator(),
					child.headcount(), child.source(), child.rate(), !figures.childrenOf(child.unitId()).isEmpty(),
					citizens ? opens.getOrDefault(child.unitId(), 0L) : null,
					focal ? SideFigures.perTrained(officials.getOrDefault(child.unitId(), 0L), child.numerator())
							: null))
			.toList();
		Reach reach = citizens ? new Reach(opens.getOrDefault(unit.id(), 0L), plan.getPeriodStart(), today) : null;
		long unitOfficials = officials.getOrDefault(unit.id(), 0L);
		FocalPoints focalPoints = focal
				? new FocalPoints(root.numerator(), root.headcount(), indicator.getTargetValue().doubleValue(),
						unitOfficials, SideFigures.perTrained(unitOfficials, root.numerator()))
				: null;
		List<CategoryRow> categories = figures.byCategory()
			.entrySet()
			.stream()
			.map(e -> new CategoryRow(e.getKey(), e.getValue()[0], e.getValue()[1],
					e.getValue()[1] == 0 ? null : 100.0 * e.getValue()[0] / e.getValue()[1]))
			.toList();
		List<WaveRow> waves = wavesQuery == null ? List.of()
				: wavesQuery.join().stream().map(w -> new WaveRow(w.waveId(), w.learners())).toList();
		return new Progress(planId, indicatorId, indicator.getName(), indicator.getKind(), population.rule(),
				indicator.getTargetUnit(), ref, path, today, value, root.numerator(),
				new Denominator(root.headcount(), root.source(), root.verifiedUnits(), root.registeredUnits()), target,
				due.due(), Math.max(0, target - value), status, forecast.isPresent() ? forecast.getAsDouble() : null,
				children, categories, waves, trend, reach, focalPoints);
	}

	/**
	 * Without a unit asked for: the indicator's own unit, or for a caller who sees only
	 * part of it (a unit admin) the top of their own subtree.
	 */
	public long defaultUnit(long rootId) {
		OrgUnitSummary root = units.find(rootId).orElseThrow();
		var scope = scopes.current();
		if (scope.covers(root.path())) {
			return rootId;
		}
		return scope.rootPaths()
			.stream()
			.filter(path -> path.startsWith(root.path()))
			.findFirst()
			.flatMap(path -> units.subtree(path).stream().findFirst())
			.map(OrgUnitSummary::id)
			.orElse(rootId);
	}

	/** The indicator's value for a unit's figures: a rate in percent, or the count. */
	static double valueOf(Indicator indicator, UnitFigures figures) {
		if (indicator.getTargetUnit() == TargetUnit.COUNT) {
			return figures.numerator();
		}
		Double rate = figures.rate();
		return rate == null ? 0 : rate;
	}

	private Progress reportedProgress(Plan plan, Indicator indicator, OrgUnitSummary unit, UnitRef ref,
			List<UnitRef> path, LocalDate today, Milestone due, double target) {
		// Only accepted values count; for a count, each unit's latest accepted value is
		// summed over the subtree.
		Map<Long, ReportedValue> latestPerUnit = new HashMap<>();
		for (ReportedValue value : reported.findByIndicatorIdAndStatusOrderByAsOfDescIdDesc(indicator.getId(),
				ReportedValue.Status.ACCEPTED)) {
			if (value.getUnitPath().startsWith(unit.path())) {
				latestPerUnit.putIfAbsent(value.getUnitId(), value);
			}
		}
		@Nullable Double value;
		if (latestPerUnit.isEmpty()) {
			value = null;
		}
		else if (indicator.getTargetUnit() == TargetUnit.COUNT) {
			value = latestPerUnit.values()
				.stream()
				.map(ReportedValue::getValue)
				.reduce(BigDecimal.ZERO, BigDecimal::add)
				.doubleValue();
		}
		else {
			value = latestPerUnit.values()
				.stream()
				.max(Comparator.comparing(ReportedValue::getAsOf))
				.map(v -> v.getValue().doubleValue())
				.orElse(null);
		}
		double current = value == null ? 0 : value;
		ProgressStatus status = ProgressStatus.of(current, target, today, plan.getPeriodStart(), due.due(),
				OptionalDouble.empty());
		return new Progress(plan.getId(), indicator.getId(), indicator.getName(), indicator.getKind(), null,
				indicator.getTargetUnit(), ref, path, today, value, Math.round(current), null, target, due.due(),
				value == null ? null : Math.max(0, target - current), status, null, List.of(), List.of(), List.of(),
				value == null ? List.of() : List.of(new TrendPoint(today, current)), null, null);
	}

}
