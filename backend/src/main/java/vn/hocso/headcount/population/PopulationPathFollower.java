package vn.hocso.headcount.population;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import vn.hocso.organization.OrgUnitEvents.OrgUnitMoved;

/**
 * A moved commune's population counts in its new district at once (in the move's
 * transaction).
 */
@Component
class PopulationPathFollower {

	private final PopulationDeclarationRepository declarations;

	PopulationPathFollower(PopulationDeclarationRepository declarations) {
		this.declarations = declarations;
	}

	@EventListener
	void on(OrgUnitMoved moved) {
		declarations.rewriteUnitPaths(moved.oldPath(), moved.newPath());
	}

}
