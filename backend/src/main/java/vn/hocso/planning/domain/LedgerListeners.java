package vn.hocso.planning.domain;

import java.time.Instant;
import java.util.Optional;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.hocso.certificate.CertificateIssued;
import vn.hocso.enrolment.EnrolmentCompleted;
import vn.hocso.enrolment.EnrolmentDirectory;
import vn.hocso.learner.LearnerDirectory;
import vn.hocso.organization.OrgUnitDirectory;
import vn.hocso.organization.OrgUnitEvents.OrgUnitMerged;
import vn.hocso.organization.OrgUnitEvents.OrgUnitMoved;
import vn.hocso.platform.VietnamTime;

/**
 * Keeps the ledger in step, in the publisher's transaction: a completion and its count
 * commit together, and a merge or move rewrites the counted units with the tree.
 */
@Component
class LedgerListeners {

	private final ProgressLedger ledger;

	private final LearnerDirectory learners;

	private final OrgUnitDirectory units;

	private final EnrolmentDirectory enrolments;

	LedgerListeners(ProgressLedger ledger, LearnerDirectory learners, OrgUnitDirectory units,
			EnrolmentDirectory enrolments) {
		this.ledger = ledger;
		this.learners = learners;
		this.units = units;
		this.enrolments = enrolments;
	}

	@EventListener
	@Transactional
	void on(EnrolmentCompleted completed) {
		fact(completed.enrolmentId(), completed.learnerId(), completed.courseId(), completed.waveId())
			.ifPresent(fact -> ledger.completed(fact, completed.completedAt().atZone(VietnamTime.ZONE).toLocalDate()));
	}

	/**
	 * A certificate counts for the CERTIFIED rule on the day it was issued (Vietnam
	 * time).
	 */
	@EventListener
	@Transactional
	void on(CertificateIssued issued) {
		certified(issued.enrolmentId(), issued.issuedAt());
	}

	void certified(long enrolmentId, Instant issuedAt) {
		enrolments.find(enrolmentId)
			.flatMap(ref -> fact(ref.enrolmentId(), ref.learnerId(), ref.courseId(), ref.waveId()))
			.ifPresent(fact -> ledger.certified(fact, issuedAt.atZone(VietnamTime.ZONE).toLocalDate()));
	}

	@EventListener
	@Transactional
	void on(OrgUnitMerged merged) {
		units.find(merged.intoUnitId()).ifPresent(into -> ledger.merged(merged.unitId(), into.id(), into.path()));
	}

	@EventListener
	@Transactional
	void on(OrgUnitMoved moved) {
		ledger.moved(moved.oldPath(), moved.newPath());
	}

	/**
	 * The learner's current unit (where a completion counts, even after a merge), and
	 * their category.
	 */
	private Optional<ProgressLedger.Fact> fact(long enrolmentId, long learnerId, long courseId, long waveId) {
		return learners.find(learnerId).map(learner -> {
			return new ProgressLedger.Fact(enrolmentId, learnerId, learner.unitId(), learner.unitPath(),
					learner.category(), courseId, waveId);
		});
	}

}
