package vn.hocso.enrolment.domain;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.hocso.account.AccountIssued;
import vn.hocso.learner.CitizenLearners;
import vn.hocso.organization.OrgUnitDirectory;
import vn.hocso.organization.OrgUnitEvents.OrgUnitMerged;
import vn.hocso.organization.OrgUnitEvents.OrgUnitMoved;
import vn.hocso.organization.OrgUnitSummary;

/**
 * Reacts to other modules' events in the publisher's transaction, so that an issued
 * account and the start of its learner's deadline clocks are stored together or not at
 * all.
 */
@Component
class EnrolmentListeners {

	private final WaveService waves;

	private final EnrolmentRepository enrolments;

	private final WaveUnitRepository waveUnits;

	private final OrgUnitDirectory units;

	EnrolmentListeners(WaveService waves, EnrolmentRepository enrolments, WaveUnitRepository waveUnits,
			OrgUnitDirectory units) {
		this.waves = waves;
		this.enrolments = enrolments;
		this.waveUnits = waveUnits;
		this.units = units;
	}

	@EventListener
	void on(AccountIssued issued) {
		waves.accountIssued(issued.learnerId(), issued.username(), issued.issuedAt());
	}

	/**
	 * A citizen's account: which username is which learner (no deadline clock: open waves
	 * have none).
	 */
	@EventListener
	void on(CitizenLearners.CitizenRegistered registered) {
		waves.accountIssued(registered.learnerId(), registered.username(), registered.registeredAt());
	}

	/**
	 * An erased citizen's enrolments stay as anonymous counts; the username that named
	 * them goes.
	 */
	@EventListener
	void on(CitizenLearners.CitizenErased erased) {
		waves.forgetAccount(erased.learnerId());
	}

	/**
	 * A merged unit's enrolments go where its learners went (the learner module moves
	 * them), so the unit it merged into counts and sees them, even when that unit is in
	 * another district.
	 */
	@EventListener
	@Transactional
	void on(OrgUnitMerged merged) {
		OrgUnitSummary into = units.find(merged.intoUnitId()).orElseThrow();
		enrolments.moveToUnit(merged.unitId(), into.id(), into.path());
	}

	@EventListener
	@Transactional
	void on(OrgUnitMoved moved) {
		enrolments.rewritePaths(moved.oldPath(), moved.newPath());
		waveUnits.rewritePaths(moved.oldPath(), moved.newPath());
	}

}
