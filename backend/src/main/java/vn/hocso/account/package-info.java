/**
 * Learner accounts: issuing Keycloak accounts in bulk for a selection of learners (in the
 * background, resumable, idempotent), the account sheets trainers hand out, reset and
 * disable. Publishes {@link vn.hocso.account.AccountIssued}, which starts a learner's
 * deadline clock.
 */
@NullMarked
package vn.hocso.account;

import org.jspecify.annotations.NullMarked;
