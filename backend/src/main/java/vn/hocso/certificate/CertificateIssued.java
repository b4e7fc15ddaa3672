package vn.hocso.certificate;

import java.time.Instant;

/**
 * A completed enrolment received its certificate (not published for a re-issue of the
 * same one).
 */
public record CertificateIssued(long certificateId, long enrolmentId, long learnerId, String serial, Instant issuedAt) {
}
