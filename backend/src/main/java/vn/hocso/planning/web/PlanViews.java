package vn.hocso.planning.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

import vn.hocso.learner.LearnerCategory;
import vn.hocso.planning.domain.Indicator;
import vn.hocso.planning.domain.IndicatorKind;
import vn.hocso.planning.domain.MeasureRule;
import vn.hocso.planning.domain.Milestone;
import vn.hocso.planning.domain.Plan;
import vn.hocso.planning.domain.ReportDue;
import vn.hocso.planning.domain.ReportedValue;
import vn.hocso.planning.domain.TargetUnit;

/** What the planning API answers: plans and indicators as JSON, never their entities. */
final class PlanViews {

	private PlanViews() {
	}

	record PlanView(long id, String number, String issuer, String title, @Nullable LocalDate issuedOn,
			long governingUnitId, LocalDate periodStart, LocalDate periodEnd, @Nullable String implementsRef,
			@Nullable String signerTitle, @Nullable String signerName, List<ReportDue> reportDues) {

		static PlanView of(Plan plan) {
			return new PlanView(plan.getId(), plan.getNumber(), plan.getIssuer(), plan.getTitle(), plan.getIssuedOn(),
					plan.getGoverningUnitId(), plan.getPeriodStart(), plan.getPeriodEnd(), plan.getImplementsRef(),
					plan.getSignerTitle(), plan.getSignerName(), plan.getReportDues());
		}
	}

	@Schema(name = "PlanPopulationView")
	record PopulationView(@Nullable Long unitId, Set<LearnerCategory> categories, Set<Long> courseIds,
			Set<Long> waveIds, MeasureRule rule, Set<Long> examIds) {
	}

	record IndicatorView(long id, long planId, int position, String name, BigDecimal targetValue, TargetUnit targetUnit,
			LocalDate deadline, List<Milestone> milestones, @Nullable Long responsibleUnitId, IndicatorKind kind,
			boolean toBeCompleted, @Nullable PopulationView population) {

		static IndicatorView of(Indicator indicator) {
			var population = indicator.population();
			return new IndicatorView(indicator.getId(), indicator.getPlanId(), indicator.getPosition(),
					indicator.getName(), indicator.getTargetValue(), indicator.getTargetUnit(), indicator.getDeadline(),
					indicator.getMilestones(), indicator.getResponsibleUnitId(), indicator.getKind(),
					indicator.isToBeCompleted(),
					population == null ? null : new PopulationView(population.unitId(), population.categories(),
							population.courseIds(), population.waveIds(), population.rule(), population.examIds()));
		}
	}

	record ReportedValueView(long id, long indicatorId, long unitId, BigDecimal value, LocalDate asOf,
			ReportedValue.Status status, @Nullable String evidenceName, String reportedBy, @Nullable String decidedBy) {

		static ReportedValueView of(ReportedValue value) {
			return new ReportedValueView(value.getId(), value.getIndicatorId(), value.getUnitId(), value.getValue(),
					value.getAsOf(), value.getStatus(), value.getEvidenceName(), value.getReportedBy(),
					value.getDecidedBy());
		}
	}

}
