package vn.hocso.training.domain;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import vn.hocso.enrolment.EnrolmentDirectory;
import vn.hocso.identity.CurrentCaller;
import vn.hocso.identity.TrainerRoles;
import vn.hocso.learner.LearnerDirectory;
import vn.hocso.learner.LearnerSummary;
import vn.hocso.organization.AccessPolicy;
import vn.hocso.organization.ScopedAction;
import vn.hocso.platform.ProblemException;

/**
 * From trained focal point to trainer (issue 16, ADR 0350): an ADMIN, or the unit admin
 * of the official's subtree, grants or revokes the TRAINER realm role in Keycloak through
 * the app. The official needs an account; one who has not completed an in-person
 * programme is granted only once confirmed. Nothing is stored here: Keycloak holds the
 * role, the log says who changed it.
 */
@Service
public class TrainerRoleService {

	private static final Logger log = LoggerFactory.getLogger(TrainerRoleService.class);

	private final LearnerDirectory learners;

	private final EnrolmentDirectory accounts;

	private final CompletionRepository completions;

	private final TrainerRoles roles;

	private final AccessPolicy access;

	private final CurrentCaller callers;

	TrainerRoleService(LearnerDirectory learners, EnrolmentDirectory accounts, CompletionRepository completions,
			TrainerRoles roles, AccessPolicy access, CurrentCaller callers) {
		this.learners = learners;
		this.accounts = accounts;
		this.completions = completions;
		this.roles = roles;
		this.access = access;
		this.callers = callers;
	}

	/**
	 * An official's standing: trained or not, their account, and whether Keycloak gives
	 * them TRAINER.
	 */
	public record TrainerStatus(long learnerId, String fullName, @Nullable String username, boolean trained,
			boolean trainer) {
	}

	public TrainerStatus status(long learnerId) {
		LearnerSummary official = requireInScope(learnerId);
		String username = accounts.usernameOfLearner(learnerId).orElse(null);
		boolean trainer = username != null && roles.isTrainer(username).orElse(false);
		return new TrainerStatus(learnerId, official.fullName(), username, completions.existsByLearnerId(learnerId),
				trainer);
	}

	public TrainerStatus grant(long learnerId, boolean confirmUntrained) {
		LearnerSummary official = requireInScope(learnerId);
		String username = requireAccount(learnerId);
		if (!completions.existsByLearnerId(learnerId) && !confirmUntrained) {
			throw ProblemException.conflict("training.trainer-untrained", official.fullName());
		}
		if (!roles.grant(username)) {
			throw ProblemException.conflict("training.no-keycloak-user", username);
		}
		log.info("TRAINER granted to {} (learner {}) by {}", username, learnerId, callers.get().username());
		return status(learnerId);
	}

	public TrainerStatus revoke(long learnerId) {
		requireInScope(learnerId);
		String username = requireAccount(learnerId);
		if (!roles.revoke(username)) {
			throw ProblemException.conflict("training.no-keycloak-user", username);
		}
		log.info("TRAINER revoked from {} (learner {}) by {}", username, learnerId, callers.get().username());
		return status(learnerId);
	}

	private LearnerSummary requireInScope(long learnerId) {
		access.requireRole(ScopedAction.TRAINER_ROLE);
		LearnerSummary official = learners.find(learnerId)
			.orElseThrow(() -> ProblemException.notFound("training.official-not-found", learnerId));
		access.requireLearner(ScopedAction.TRAINER_ROLE, learnerId, official.unitPath());
		return official;
	}

	private String requireAccount(long learnerId) {
		return accounts.usernameOfLearner(learnerId)
			.orElseThrow(() -> ProblemException.conflict("training.no-account", learnerId));
	}

}
