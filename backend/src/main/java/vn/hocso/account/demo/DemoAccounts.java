package vn.hocso.account.demo;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.hocso.account.AccountIssued;
import vn.hocso.account.domain.LearnerAccount;
import vn.hocso.account.domain.LearnerAccountRepository;

/**
 * Records demo learners' accounts as issued at a past moment and publishes
 * {@link AccountIssued} (which starts their enrolments' deadline clocks), without
 * creating Keycloak users: the demo realm already holds the users who log in; the other
 * demo learners get an account record only (on paper: they cannot log in, and a reset of
 * theirs fails for want of a Keycloak user).
 */
@Component
public class DemoAccounts {

	/** The Keycloak id of an account recorded for the demo without a Keycloak user. */
	public static final String NO_KEYCLOAK_USER = "";

	private static final String ISSUER = "system:demo-data";

	private final LearnerAccountRepository accounts;

	private final ApplicationEventPublisher events;

	DemoAccounts(LearnerAccountRepository accounts, ApplicationEventPublisher events) {
		this.accounts = accounts;
		this.events = events;
	}

	/** Whether this learner already holds an account. */
	public boolean hasAccount(long learnerId) {
		return accounts.findByLearnerId(learnerId).isPresent();
	}

	/**
	 * Records the account (once: false when the learner already had one). No activation
	 * code is pending, so the hourly expiry check leaves it alone.
	 */
	@Transactional
	public boolean issue(long learnerId, String username, @Nullable String keycloakUserId, String unitPath,
			Instant issuedAt) {
		if (hasAccount(learnerId)) {
			return false;
		}
		accounts.save(new LearnerAccount(learnerId, username,
				keycloakUserId == null ? NO_KEYCLOAK_USER : keycloakUserId, unitPath, issuedAt, ISSUER, null));
		events.publishEvent(new AccountIssued(learnerId, username, issuedAt));
		return true;
	}

}
