package vn.hocso.planning.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import vn.hocso.planning.domain.PublicDashboard;
import vn.hocso.planning.domain.PublicDashboard.PublicPlan;
import vn.hocso.planning.domain.PublicDashboard.PublicPlanDashboard;

/** No login: province-level aggregates only, small cells suppressed. */
@RestController
@Tag(name = "Public dashboard")
class PublicDashboardController {

	private final PublicDashboard dashboard;

	PublicDashboardController(PublicDashboard dashboard) {
		this.dashboard = dashboard;
	}

	@GetMapping("/api/public/plans")
	@Operation(summary = "The plans, for the public dashboard (no login)")
	List<PublicPlan> plans() {
		return dashboard.plans();
	}

	@GetMapping("/api/public/plans/{planId}/dashboard")
	@Operation(summary = "A plan's measured indicators at the province level, small cells suppressed (no login)")
	PublicPlanDashboard dashboard(@PathVariable long planId) {
		return dashboard.dashboard(planId);
	}

}
