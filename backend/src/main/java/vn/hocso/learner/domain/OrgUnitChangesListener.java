package vn.hocso.learner.domain;

import java.time.Clock;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.hocso.learner.domain.LearnerHistory.Kind;
import vn.hocso.organization.OrgUnitDirectory;
import vn.hocso.organization.OrgUnitEvents.OrgUnitMerged;
import vn.hocso.organization.OrgUnitEvents.OrgUnitMoved;
import vn.hocso.organization.OrgUnitSummary;

/**
 * Keeps learners' copied unit paths and units in step with the tree. Synchronous, in the
 * tree change's own transaction: a moved subtree and its learners' paths commit together
 * or not at all, so scoping is never stale.
 */
@Component
class OrgUnitChangesListener {

	private final LearnerRepository learners;

	private final LearnerHistoryRepository history;

	private final OrgUnitDirectory units;

	private final Actor actor;

	private final Clock clock;

	OrgUnitChangesListener(LearnerRepository learners, LearnerHistoryRepository history, OrgUnitDirectory units,
			Actor actor, Clock clock) {
		this.learners = learners;
		this.history = history;
		this.units = units;
		this.actor = actor;
		this.clock = clock;
	}

	@EventListener
	@Transactional
	void on(OrgUnitMoved moved) {
		learners.rewriteUnitPaths(moved.oldPath(), moved.newPath(), moved.oldPath().length() + 1);
	}

	@EventListener
	@Transactional
	void on(OrgUnitMerged merged) {
		OrgUnitSummary target = units.find(merged.intoUnitId()).orElseThrow();
		UnitRef into = new UnitRef(target.id(), target.code(), target.path());
		String by = actor.name();
		for (Learner learner : learners.findByUnitIdAndStatus(merged.unitId(), LearnerStatus.ACTIVE)) {
			learner.moveTo(into);
			history.save(new LearnerHistory(learner.getId(), Kind.MOVED, merged.effectiveDate(),
					"unit: " + merged.unitId() + " → " + target.id(), merged.unitId(), target.id(), "merged",
					clock.instant(), by));
		}
	}

}
