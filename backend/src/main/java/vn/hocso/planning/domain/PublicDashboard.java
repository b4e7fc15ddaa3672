package vn.hocso.planning.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.hocso.learner.LearnerCategory;
import vn.hocso.organization.OrgUnitDirectory;
import vn.hocso.organization.OrgUnitSummary;
import vn.hocso.planning.domain.Indicator.Population;
import vn.hocso.platform.VietnamTime;

/**
 * What anyone may see without logging in: each plan's measured indicators at the
 * governing unit's level only, with no names and no figure for a population smaller than
 * the configured minimum (small-cell suppression). When a single category would be
 * hidden, the next smallest is hidden too, so that it cannot be worked out from the
 * total.
 */
@Service
@Transactional(readOnly = true)
public class PublicDashboard {

	private final PlanningService planning;

	private final FiguresCalculator calculator;

	private final OrgUnitDirectory units;

	private final PlanningProperties properties;

	private final Clock clock;

	private final SideFigures side;

	PublicDashboard(PlanningService planning, FiguresCalculator calculator, OrgUnitDirectory units,
			PlanningProperties properties, Clock clock, SideFigures side) {
		this.side = side;
		this.planning = planning;
		this.calculator = calculator;
		this.units = units;
		this.properties = properties;
		this.clock = clock;
	}

	public record PublicPlan(long id, String number, String issuer, String title, String area) {
	}

	public record PublicCategory(LearnerCategory category, boolean suppressed, @Nullable Double rate) {
	}

	/**
	 * @param qrOpens for a citizen indicator, its QR codes' opens since the plan's start:
	 * reach (lượt mở), shown beside and never counted as completion; opens carry no
	 * person, so they are never suppressed
	 */
	public record PublicIndicator(long id, String name, @Nullable MeasureRule rule, TargetUnit targetUnit,
			double target, LocalDate due, boolean suppressed, @Nullable Double value, @Nullable Long population,
			List<PublicCategory> categories, @Nullable Long qrOpens) {
	}

	public record PublicPlanDashboard(PublicPlan plan, LocalDate asOf, int minimumCellSize,
			List<PublicIndicator> indicators) {
	}

	public List<PublicPlan> plans() {
		return planning.plans().stream().map(this::view).toList();
	}

	public PublicPlanDashboard dashboard(long planId) {
		Plan plan = planning.plan(planId);
		LocalDate today = LocalDate.now(clock.withZone(VietnamTime.ZONE));
		int min = properties.publicMinCell();
		List<PublicIndicator> indicators = new ArrayList<>();
		for (Indicator indicator : planning.indicatorsOf(planId)) {
			Population population = indicator.population();
			if (population == null || indicator.isToBeCompleted()) {
				continue;
			}
			OrgUnitSummary root = units
				.find(population.unitId() == null ? plan.getGoverningUnitId() : population.unitId())
				.orElseThrow();
			TreeFigures figures = calculator.compute(population, root, today, false);
			boolean suppressed = figures.root().headcount() < min;
			Milestone due = indicator.dueOn(today);
			Long opens = population.rule() == MeasureRule.CITIZENS_COMPLETED
					? side.qrOpens(root, plan.getPeriodStart(), today).getOrDefault(root.id(), 0L) : null;
			indicators.add(new PublicIndicator(indicator.getId(), indicator.getName(), population.rule(),
					indicator.getTargetUnit(), due.target().doubleValue(), due.due(), suppressed,
					suppressed ? null : ProgressService.valueOf(indicator, figures.root()),
					suppressed ? null : figures.root().headcount(), suppressed ? List.of() : categories(figures, min),
					opens));
		}
		return new PublicPlanDashboard(view(plan), today, min, indicators);
	}

	static List<PublicCategory> categories(TreeFigures figures, int min) {
		List<Map.Entry<LearnerCategory, long[]>> entries = figures.byCategory()
			.entrySet()
			.stream()
			.sorted(Comparator.comparingLong(e -> e.getValue()[1]))
			.toList();
		Set<LearnerCategory> hidden = new HashSet<>();
		entries.stream().filter(e -> e.getValue()[1] < min).forEach(e -> hidden.add(e.getKey()));
		if (hidden.size() == 1 && entries.size() > 1) {
			entries.stream()
				.filter(e -> !hidden.contains(e.getKey()))
				.findFirst()
				.ifPresent(e -> hidden.add(e.getKey()));
		}
		return entries.stream()
			.sorted(Map.Entry.comparingByKey())
			.map(e -> hidden.contains(e.getKey()) ? new PublicCategory(e.getKey(), true, null)
					: new PublicCategory(e.getKey(), false, 100.0 * e.getValue()[0] / e.getValue()[1]))
			.toList();
	}

	private PublicPlan view(Plan plan) {
		String area = units.find(plan.getGoverningUnitId()).map(OrgUnitSummary::name).orElse("");
		return new PublicPlan(plan.getId(), plan.getNumber(), plan.getIssuer(), plan.getTitle(), area);
	}

}
