package vn.hocso.certificate.domain;

import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import vn.hocso.enrolment.EnrolmentCompleted;
import vn.hocso.exam.ExamPassed;
import vn.hocso.learner.CitizenLearners;
import vn.hocso.training.FocalPointTrained;

/**
 * A completed enrolment gets its certificate after the completion commits. The event
 * publication registry keeps the event until this listener succeeds, so a crash in
 * between loses nothing: incomplete publications are resubmitted by one node
 * (OutstandingEventResubmission), and a completion handled twice still issues one
 * certificate.
 */
@Component
class CertificateListeners {

	private final CertificateIssuer issuer;

	private final CertificateRepository certificates;

	private final CertificateFiles files;

	CertificateListeners(CertificateIssuer issuer, CertificateRepository certificates, CertificateFiles files) {
		this.issuer = issuer;
		this.certificates = certificates;
		this.files = files;
	}

	/**
	 * In the erasure's own transaction: the citizen's name leaves every certificate with
	 * the rest of their data.
	 */
	@EventListener
	void on(CitizenLearners.CitizenErased erased) {
		for (Certificate certificate : certificates.findByLearnerIdOrderByIssuedAtDesc(erased.learnerId())) {
			certificate.eraseHolder(erased.erasedAt());
			files.delete(certificate);
		}
	}

	@ApplicationModuleListener
	void on(EnrolmentCompleted completed) {
		issuer.issueOnce(completed);
	}

	/**
	 * An official completed an in-person programme: the certificate of that course, once.
	 */
	@ApplicationModuleListener
	void on(FocalPointTrained trained) {
		issuer.issueOnce(trained);
	}

	/**
	 * A learner passed an exam: its certificate of assessment, once, if the exam issues
	 * one.
	 */
	@ApplicationModuleListener
	void on(ExamPassed passed) {
		issuer.issueOnce(passed);
	}

}
