package vn.hocso.citizen.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.hocso.citizen.domain.Citizen.Commune;
import vn.hocso.enrolment.EnrolmentDirectory;
import vn.hocso.identity.CommunityHelperRoles;
import vn.hocso.identity.CurrentCaller;
import vn.hocso.learner.LearnerCategory;
import vn.hocso.learner.LearnerDirectory;
import vn.hocso.learner.LearnerSummary;
import vn.hocso.organization.AccessPolicy;
import vn.hocso.organization.OrgUnitDirectory;
import vn.hocso.organization.OrgUnitSummary;
import vn.hocso.organization.OrgUnitType;
import vn.hocso.organization.ScopedAction;
import vn.hocso.platform.ProblemException;

/**
 * Who may register citizens of a commune on their behalf (ADR 0380): an ADMIN, or a unit
 * admin whose subtree holds the commune, grants COMMUNITY_HELPER to an official of the
 * commune or of its community digital team (Tổ công nghệ số cộng đồng) who has an
 * account. Keycloak holds the role; the grant, its commune, who gave it and when, and its
 * revocation are kept here, and they are what a helper's requests are checked against.
 */
@Service
public class CommunityHelpers {

	private static final Logger log = LoggerFactory.getLogger(CommunityHelpers.class);

	private static final ScopedAction ACTION = ScopedAction.COMMUNITY_HELPER_ROLE;

	private final CommunityHelperGrantRepository grants;

	private final LearnerDirectory learners;

	private final EnrolmentDirectory accounts;

	private final OrgUnitDirectory units;

	private final CommunityHelperRoles roles;

	private final AccessPolicy access;

	private final CurrentCaller callers;

	private final Clock clock;

	CommunityHelpers(CommunityHelperGrantRepository grants, LearnerDirectory learners, EnrolmentDirectory accounts,
			OrgUnitDirectory units, CommunityHelperRoles roles, AccessPolicy access, CurrentCaller callers,
			Clock clock) {
		this.grants = grants;
		this.learners = learners;
		this.accounts = accounts;
		this.units = units;
		this.roles = roles;
		this.access = access;
		this.callers = callers;
		this.clock = clock;
	}

	/** An official of a commune and whether they are its community helper now. */
	public record HelperStatus(long learnerId, String fullName, String unitName, @Nullable String username,
			long communeId, String communeName, boolean helper, @Nullable String grantedBy,
			@Nullable Instant grantedAt) {
	}

	/**
	 * A commune's helpers and the officials who could be made one (those with an
	 * account).
	 */
	public record CommuneHelpers(long communeId, String communeName, List<HelperStatus> officials) {
	}

	@Transactional(readOnly = true)
	public CommuneHelpers ofCommune(long unitId) {
		access.requireRole(ACTION);
		OrgUnitSummary unit = units.find(unitId)
			.orElseThrow(() -> ProblemException.notFound("org-unit.not-found", unitId));
		access.requireUnit(ACTION, unit.path());
		Commune commune = communeOf(unit)
			.orElseThrow(() -> ProblemException.badRequest("citizen.not-a-commune", unitId));
		access.requireUnit(ACTION, commune.path());
		List<HelperStatus> officials = learners.findActiveInSubtree(commune.path())
			.stream()
			.filter(learner -> learner.category() != LearnerCategory.CITIZEN)
			.map(learner -> status(learner, commune))
			.filter(status -> status.username() != null)
			.toList();
		return new CommuneHelpers(commune.id(), commune.name(), officials);
	}

	@Transactional
	public HelperStatus grant(long learnerId) {
		LearnerSummary official = requireOfficial(learnerId);
		Commune commune = requireCommuneInScope(official);
		String username = accounts.usernameOfLearner(learnerId)
			.orElseThrow(() -> ProblemException.conflict("citizen.helper-no-account", official.fullName()));
		if (grants.findByActiveLearnerId(learnerId).isEmpty()) {
			if (!roles.grantCommunityHelper(username)) {
				throw ProblemException.conflict("citizen.helper-no-keycloak-user", username);
			}
			grants.saveAndFlush(
					new CommunityHelperGrant(learnerId, username, commune, callers.get().username(), clock.instant()));
			log.info("COMMUNITY_HELPER for commune {} granted to {} (learner {}) by {}", commune.code(), username,
					learnerId, callers.get().username());
		}
		return status(official, commune);
	}

	/**
	 * Revokes the role (nothing changes for someone who does not hold it): Keycloak
	 * first, then the record.
	 */
	@Transactional
	public HelperStatus revoke(long learnerId) {
		LearnerSummary official = requireOfficial(learnerId);
		Commune commune = requireCommuneInScope(official);
		Optional<CommunityHelperGrant> active = grants.findByActiveLearnerId(learnerId);
		if (active.isPresent()) {
			access.requireUnit(ACTION, active.get().getCommunePath());
			roles.revokeCommunityHelper(active.get().getHelperUsername());
			active.get().revoke(callers.get().username(), clock.instant());
			log.info("COMMUNITY_HELPER for commune {} revoked from {} (learner {}) by {}", commune.code(),
					active.get().getHelperUsername(), learnerId, callers.get().username());
		}
		return status(official, commune);
	}

	/**
	 * The caller's active grant: what a helper's every request is checked against (a
	 * revoked helper has none).
	 */
	@Transactional(readOnly = true)
	public CommunityHelperGrant requireCallerGrant() {
		return grants.findFirstByHelperUsernameAndRevokedAtIsNull(callers.get().username())
			.orElseThrow(() -> ProblemException.forbidden("citizen.helper-not-granted-caller"));
	}

	/**
	 * Records a grant made outside a request (demo data; the role comes from the realm
	 * file there).
	 */
	@Transactional
	public void recordForDemo(long learnerId, String username, String grantedBy, Instant at) {
		if (grants.findByActiveLearnerId(learnerId).isPresent()) {
			return;
		}
		LearnerSummary official = learners.find(learnerId).orElseThrow();
		Commune commune = communeOf(units.find(official.unitId()).orElseThrow()).orElseThrow();
		grants.save(new CommunityHelperGrant(learnerId, username, commune, grantedBy, at));
	}

	private LearnerSummary requireOfficial(long learnerId) {
		access.requireRole(ACTION);
		LearnerSummary official = learners.find(learnerId)
			.filter(learner -> learner.category() != LearnerCategory.CITIZEN)
			.orElseThrow(() -> ProblemException.notFound("citizen.helper-official-not-found", learnerId));
		access.requireLearner(ACTION, learnerId, official.unitPath());
		return official;
	}

	private Commune requireCommuneInScope(LearnerSummary official) {
		OrgUnitSummary unit = units.find(official.unitId()).orElseThrow();
		Commune commune = communeOf(unit)
			.orElseThrow(() -> ProblemException.conflict("citizen.helper-not-in-commune", official.fullName()));
		// A team's own unit admin does not administer the commune: the commune must be in
		// reach.
		access.requireUnit(ACTION, commune.path());
		return commune;
	}

	/** The commune itself, or the commune a community digital team belongs to. */
	Optional<Commune> communeOf(OrgUnitSummary unit) {
		OrgUnitSummary commune = unit;
		if (unit.type() == OrgUnitType.COMMUNITY_TEAM && unit.parentId() != null) {
			commune = units.find(unit.parentId()).orElse(unit);
		}
		if (commune.type() != OrgUnitType.COMMUNE || !commune.status().isOpen()) {
			return Optional.empty();
		}
		return Optional.of(new Commune(commune.id(), commune.code(), commune.name(), commune.path()));
	}

	private HelperStatus status(LearnerSummary official, Commune commune) {
		Optional<CommunityHelperGrant> grant = grants.findByActiveLearnerId(official.id());
		String unitName = units.find(official.unitId()).map(OrgUnitSummary::name).orElse("");
		return new HelperStatus(official.id(), official.fullName(), unitName,
				accounts.usernameOfLearner(official.id()).orElse(null), commune.id(), commune.name(), grant.isPresent(),
				grant.map(CommunityHelperGrant::getGrantedBy).orElse(null),
				grant.map(CommunityHelperGrant::getGrantedAt).orElse(null));
	}

}
