package vn.hocso.account.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.hocso.identity.CurrentCaller;
import vn.hocso.identity.KeycloakUserAdmin;
import vn.hocso.identity.Role;
import vn.hocso.learner.LearnerSummary;
import vn.hocso.platform.ProblemException;

/** Reset, disable and enable one learner's account, and the expiry of unused activation codes. */
@Service
public class LearnerAccountService {

	private static final Logger log = LoggerFactory.getLogger(LearnerAccountService.class);

	private final LearnerAccountRepository accounts;

	private final IssuanceItemRepository items;

	private final LearnerAccess learners;

	private final KeycloakUserAdmin keycloak;

	private final ActivationCodes codes;

	private final AccountProperties properties;

	private final CurrentCaller caller;

	private final Clock clock;

	LearnerAccountService(LearnerAccountRepository accounts, IssuanceItemRepository items, LearnerAccess learners,
			KeycloakUserAdmin keycloak, ActivationCodes codes, AccountProperties properties, CurrentCaller caller,
			Clock clock) {
		this.accounts = accounts;
		this.items = items;
		this.learners = learners;
		this.keycloak = keycloak;
		this.codes = codes;
		this.properties = properties;
		this.caller = caller;
		this.clock = clock;
	}

	/** How many learners' account states one request may ask for (a page of the learner list is 50). */
	public static final int MAX_STATES = 200;

	/**
	 * The accounts of these learners that lie in the caller's scope, so that a list shows each
	 * account's state and only the actions that apply (issue 14). Learners outside the scope or
	 * without an account are left out.
	 */
	@Transactional(readOnly = true)
	public List<LearnerAccount> statesOf(java.util.Collection<Long> learnerIds) {
		if (learnerIds.size() > MAX_STATES) {
			throw ProblemException.badRequest("account.too-many-learners", String.valueOf(MAX_STATES));
		}
		var scope = learners.scope();
		return accounts.findByLearnerIdIn(learnerIds).stream().filter(a -> scope.covers(a.getUnitPath())).toList();
	}

	/** A new activation code (shown once, to the caller); the old one stops working, sessions end. */
	@Transactional
	public Reset reset(long learnerId) {
		LearnerSummary learner = requireActOn(learnerId, true);
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
		requireActOn(learnerId, false);
		LearnerAccount account = account(learnerId);
		keycloak.setEnabled(account.getKeycloakUserId(), false);
		account.disabled();
		return account;
	}

	@Transactional
	public LearnerAccount enable(long learnerId) {
		requireActOn(learnerId, false);
		LearnerAccount account = account(learnerId);
		keycloak.setEnabled(account.getKeycloakUserId(), true);
		account.enabled(keycloak.hasActivated(account.getKeycloakUserId()));
		return account;
	}

	/**
	 * Hourly: accounts whose code ran out unused are disabled in Keycloak (a reset revives them) and
	 * their encrypted codes deleted; accounts activated meanwhile are marked so.
	 */
	@Scheduled(fixedDelayString = "${hocso.account.expiry-check:PT1H}", initialDelayString = "PT5M")
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

	/** In scope, and trainers only for resets: disabling is for unit administrators. */
	private LearnerSummary requireActOn(long learnerId, boolean trainerMay) {
		var who = caller.get();
		boolean administers = who.hasAny(Role.ADMIN, Role.UNIT_ADMIN);
		if (!administers && !(trainerMay && who.has(Role.TRAINER))) {
			throw ProblemException.forbidden("account.role-denied");
		}
		return learners.requireVisible(learnerId);
	}

	public record Reset(LearnerSummary learner, String username, String activationCode, Instant expiresAt) {
	}

}
