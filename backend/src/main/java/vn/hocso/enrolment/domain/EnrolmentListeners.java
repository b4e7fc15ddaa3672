package vn.hocso.enrolment.domain;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.hocso.account.AccountIssued;
import vn.hocso.organization.OrgUnitEvents.OrgUnitMoved;

/**
 * Reacts to other modules' events in the publisher's transaction, so that an issued account and
 * the start of its learner's deadline clocks are stored together or not at all.
 */
@Component
class EnrolmentListeners {

	private final WaveService waves;

	private final EnrolmentRepository enrolments;

	private final WaveUnitRepository waveUnits;

	EnrolmentListeners(WaveService waves, EnrolmentRepository enrolments, WaveUnitRepository waveUnits) {
		this.waves = waves;
		this.enrolments = enrolments;
		this.waveUnits = waveUnits;
	}

	@EventListener
	void on(AccountIssued issued) {
		waves.accountIssued(issued.learnerId(), issued.username(), issued.issuedAt());
	}

	@EventListener
	@Transactional
	void on(OrgUnitMoved moved) {
		enrolments.rewritePaths(moved.oldPath(), moved.newPath());
		waveUnits.rewritePaths(moved.oldPath(), moved.newPath());
	}

}
