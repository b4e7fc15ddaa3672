package vn.hocso.account.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.hocso.identity.KeycloakUserAdmin;
import vn.hocso.learner.LearnerSummary;
import vn.hocso.organization.AccessPolicy;
import vn.hocso.organization.ScopedAction;
import vn.hocso.platform.ProblemException;
import vn.hocso.platform.jobs.ClusterScheduled;

/**
 * Reset, disable and enable one learner's account, and the expiry of unused activation
 * codes.
 */
@Service
public class LearnerAccountService {

	private static final Logger log = LoggerFactory.getLogger(LearnerAccountService.class);

	private final LearnerAccountRepository accounts;

	private final IssuanceItemRepository items;

	private final LearnerAccess learners;

	private final KeycloakUserAdmin keycloak;

	private final ActivationCodes codes;

	private final AccountProperties properties;

	private final AccessPolicy access;

	private final Clock clock;

	LearnerAccountService(LearnerAccountRepository accounts, IssuanceItemRepository items, LearnerAccess learners,
			KeycloakUserAdmin keycloak, ActivationCodes codes, AccountProperties properties, AccessPolicy access,
			Clock clock) {
		this.accounts = accounts;
		this.items = items;
		this.learners = learners;
		this.keycloak = keycloak;
		this.codes = codes;
		this.properties = properties;
		this.access = access;
		this.clock = clock;
	}

	/**
	 * How many learners' account states one request may ask for (a page of the learner
	 * list is 50).
	 */
	public static final int MAX_STATES = 200;

	/**
	 * The accounts of these learners that lie in the caller's scope, so that a list shows
	 * each account's state and only the actions that apply (issue 14). Learners outside
	 * the scope or without an account are left out.
	 */
	@Transactional(readOnly = true)
	public List<LearnerAccount> statesOf(Collection<Long> learnerIds) {
		if (learnerIds.size() > MAX_STATES) {
			throw ProblemException.badRequest("account.too-many-learners", String.valueOf(MAX_STATES));
		}
		// The same reach as the reset action: a trainer sees the accounts of the classes
		// they teach only.
		return accounts.findByLearnerIdIn(learnerIds)
			.stream()
			.filter(a -> access.coversLearner(ScopedAction.ACCOUNT_RESET, a.getLearnerId(), a.getUnitPath()))
			.toList();
	}

	/**
	 * A new activation code (shown once, to the caller); the old one stops working,
	 * sessions end.
	 */
	@Transactional
	public Reset reset(long learnerId) {
		LearnerSummary learner = requireActOn(learnerId, ScopedAction.ACCOUNT_RESET);
		LearnerAccount account = account(learnerId);
		String code = codes.next();
		keycloak.resetActivation(account.getKeycloakUserId(), code);
		Instant expiresAt = clock.instant().plus(properties.codeExpiry());
		account.codeReissued(expiresAt);
		forgetSheetCodes(learnerId);
		return new Reset(learner, account.getUsername(), code, expiresAt);
	}

	@Transactional
	public LearnerAccount disable(long learnerId) {
		requireActOn(learnerId, ScopedAction.ACCOUNT_DISABLE);
		LearnerAccount account = account(learnerId);
		keycloak.setEnabled(account.getKeycloakUserId(), false);
		account.disabled();
		return account;
	}

	@Transactional
	public LearnerAccount enable(long learnerId) {
		requireActOn(learnerId, ScopedAction.ACCOUNT_DISABLE);
		LearnerAccount account = account(learnerId);
		keycloak.setEnabled(account.getKeycloakUserId(), true);
		account.enabled(keycloak.hasActivated(account.getKeycloakUserId()));
		return account;
	}

	/**
	 * Hourly: accounts whose code ran out unused are disabled in Keycloak (a reset
	 * revives them) and their encrypted codes deleted; accounts activated meanwhile are
	 * marked so.
	 */
	@ClusterScheduled(name = "account-code-expiry", fixedDelay = "${hocso.account.expiry-check:PT1H}")
	@Transactional
	public void expireUnusedCodes() {
		List<LearnerAccount> due = accounts.findByStatusAndCodeExpiresAtBefore(AccountStatus.ISSUED, clock.instant());
		for (LearnerAccount account : due) {
			try {
				if (keycloak.hasActivated(account.getKeycloakUserId())) {
					account.activated();
				}
				else {
					keycloak.setEnabled(account.getKeycloakUserId(), false);
					account.codeExpired();
				}
				forgetSheetCodes(account.getLearnerId());
			}
			catch (RuntimeException ex) {
				log.warn("Could not expire the activation code of {}: {}", account.getUsername(), ex.toString());
			}
		}
	}

	private void forgetSheetCodes(long learnerId) {
		items.findByLearnerIdInAndCodeCiphertextIsNotNull(List.of(learnerId)).forEach(IssuanceItem::forgetCode);
	}

	private LearnerAccount account(long learnerId) {
		return accounts.findByLearnerId(learnerId)
			.orElseThrow(() -> ProblemException.notFound("account.not-issued", String.valueOf(learnerId)));
	}

	/**
	 * The access policy decides: a trainer resets only learners of their classes and
	 * disables none.
	 */
	private LearnerSummary requireActOn(long learnerId, ScopedAction action) {
		LearnerSummary learner = learners.find(learnerId);
		access.requireLearner(action, learnerId, learner.unitPath());
		return learner;
	}

	public record Reset(LearnerSummary learner, String username, String activationCode, Instant expiresAt) {
	}

}
