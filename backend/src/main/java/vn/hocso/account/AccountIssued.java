package vn.hocso.account;

import java.time.Instant;

/** A learner's account was issued in Keycloak; {@code issuedAt} starts their deadline clocks. */
public record AccountIssued(long learnerId, String username, Instant issuedAt) {
}
