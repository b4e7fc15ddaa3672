package vn.hocso.planning;

import java.time.Instant;

/**
 * Where certifications enter planning's ledger for the CERTIFIED rule. The certificate module (built
 * in parallel) publishes its own issued event; a listener forwarding it here is all the wiring needed.
 */
public interface CertificationFeed {

	/** The learner of this enrolment received a certificate at {@code issuedAt}. */
	void certified(long enrolmentId, Instant issuedAt);

}
