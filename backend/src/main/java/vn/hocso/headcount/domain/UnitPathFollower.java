package vn.hocso.headcount.domain;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import vn.hocso.organization.OrgUnitEvents.OrgUnitMoved;

/**
 * Keeps the declarations' unit paths current when a unit moves, in the move's own
 * transaction, so a moved commune's figures count in its new district at once.
 */
@Component
class UnitPathFollower {

	private final HeadcountDeclarationRepository declarations;

	UnitPathFollower(HeadcountDeclarationRepository declarations) {
		this.declarations = declarations;
	}

	@EventListener
	void on(OrgUnitMoved moved) {
		declarations.rewriteUnitPaths(moved.oldPath(), moved.newPath());
	}

}
