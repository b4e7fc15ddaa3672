package vn.hocso.planning.domain;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.hocso.identity.CurrentCaller;
import vn.hocso.organization.OrgUnitDirectory;
import vn.hocso.planning.domain.Indicator.IndicatorDetails;
import vn.hocso.planning.domain.Plan.PlanDetails;
import vn.hocso.platform.ProblemException;

/** Plans and indicators: ADMIN writes them (audited), every staff member reads them. */
@Service
@Transactional
public class PlanningService {

	private final PlanRepository plans;

	private final IndicatorRepository indicators;

	private final OrgUnitDirectory units;

	private final PlanningAudit audit;

	private final CurrentCaller caller;

	PlanningService(PlanRepository plans, IndicatorRepository indicators, OrgUnitDirectory units, PlanningAudit audit,
			CurrentCaller caller) {
		this.plans = plans;
		this.indicators = indicators;
		this.units = units;
		this.audit = audit;
		this.caller = caller;
	}

	@Transactional(readOnly = true)
	public List<Plan> plans() {
		return plans.findAllByOrderByIssuedOnDescIdAsc();
	}

	@Transactional(readOnly = true)
	public Plan plan(long planId) {
		return plans.findById(planId).orElseThrow(() -> ProblemException.notFound("plan.not-found", planId));
	}

	@Transactional(readOnly = true)
	public List<Indicator> indicatorsOf(long planId) {
		plan(planId);
		return indicators.findByPlanIdOrderByPositionAscIdAsc(planId);
	}

	@Transactional(readOnly = true)
	public Indicator indicator(long planId, long indicatorId) {
		return indicators.findById(indicatorId)
			.filter(indicator -> indicator.getPlanId() == planId)
			.orElseThrow(() -> ProblemException.notFound("indicator.not-found", indicatorId));
	}

	public Plan create(PlanDetails details) {
		return createBy(details, actor());
	}

	/** For the demo loader, which runs without a request. */
	public Plan createBy(PlanDetails details, String actor) {
		requireUnit(details.governingUnitId());
		plans.findByNumberAndIssuer(details.number(), details.issuer()).ifPresent(existing -> {
			throw ProblemException.conflict("plan.duplicate", details.number());
		});
		Plan plan = plans.save(new Plan(details));
		audit.record("PLAN", plan.getId(), "CREATED", actor, details.number());
		return plan;
	}

	public Plan update(long planId, PlanDetails details) {
		requireUnit(details.governingUnitId());
		Plan plan = plan(planId);
		plan.update(details);
		audit.record("PLAN", planId, "UPDATED", actor(), details.number());
		return plan;
	}

	public Indicator addIndicator(long planId, IndicatorDetails details) {
		return addIndicatorBy(planId, details, actor());
	}

	public Indicator addIndicatorBy(long planId, IndicatorDetails details, String actor) {
		plan(planId);
		requireUnits(details);
		Indicator indicator = indicators.save(new Indicator(planId, details));
		audit.record("INDICATOR", indicator.getId(), "CREATED", actor, details.name());
		return indicator;
	}

	public Indicator updateIndicator(long planId, long indicatorId, IndicatorDetails details) {
		requireUnits(details);
		Indicator indicator = indicator(planId, indicatorId);
		indicator.update(details);
		audit.record("INDICATOR", indicatorId, "UPDATED", actor(), details.name());
		return indicator;
	}

	public void deleteIndicator(long planId, long indicatorId) {
		Indicator indicator = indicator(planId, indicatorId);
		indicators.delete(indicator);
		audit.record("INDICATOR", indicatorId, "DELETED", actor(), indicator.getName());
	}

	private void requireUnits(IndicatorDetails details) {
		if (details.responsibleUnitId() != null) {
			requireUnit(details.responsibleUnitId());
		}
		if (details.population() != null && details.population().unitId() != null) {
			requireUnit(details.population().unitId());
		}
	}

	private void requireUnit(long unitId) {
		if (units.find(unitId).isEmpty()) {
			throw ProblemException.badRequest("org-unit.not-found", unitId);
		}
	}

	private String actor() {
		return caller.get().username();
	}

}
