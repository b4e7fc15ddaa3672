package vn.hocso.account;

import java.time.Instant;

/** A learner received an account; {@code issuedAt} starts their deadline clock. */
public record AccountIssued(long learnerId, String username, Instant issuedAt) {
}
