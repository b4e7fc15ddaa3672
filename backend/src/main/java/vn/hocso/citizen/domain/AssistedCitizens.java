package vn.hocso.citizen.domain;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.hocso.account.ActivationSlips;
import vn.hocso.account.ActivationSlips.NewCode;
import vn.hocso.account.ActivationSlips.Slip;
import vn.hocso.certificate.IssuedCertificates;
import vn.hocso.citizen.domain.Citizen.Commune;
import vn.hocso.course.CourseCatalog;
import vn.hocso.course.CourseCatalog.CourseVersionView;
import vn.hocso.enrolment.EnrolmentDirectory;
import vn.hocso.enrolment.EnrolmentRef;
import vn.hocso.enrolment.EnrolmentStatus;
import vn.hocso.identity.AssistedCitizenUser;
import vn.hocso.identity.CurrentCaller;
import vn.hocso.identity.KeycloakUserAdmin;
import vn.hocso.learner.CitizenLearners;
import vn.hocso.learner.LearnerDirectory;
import vn.hocso.learner.LearnerSummary;
import vn.hocso.organization.OrgUnitDirectory;
import vn.hocso.organization.OrgUnitSummary;
import vn.hocso.platform.ProblemException;
import vn.hocso.platform.VietnamTime;
import vn.hocso.progress.LectureProgress;
import vn.hocso.progress.LectureProgress.Figures;

/**
 * What a community helper does (ADR 0380): registers citizens of the commune of their
 * grant in person — the Keycloak account with an activation code, like an official's, and
 * the citizen's records — prints their slip, and follows the progress of the citizens
 * they registered, and of no one else.
 */
@Service
public class AssistedCitizens {

	private static final Logger log = LoggerFactory.getLogger(AssistedCitizens.class);

	/**
	 * Usernames tried before giving up: each is a fresh random number, taken only by a
	 * rare collision.
	 */
	private static final int USERNAME_ATTEMPTS = 5;

	private final CommunityHelpers helpers;

	private final CitizenRepository citizens;

	private final CitizenLearners citizenLearners;

	private final LearnerDirectory learners;

	private final EnrolmentDirectory enrolments;

	private final LectureProgress progress;

	private final IssuedCertificates certificates;

	private final CourseCatalog courses;

	private final OrgUnitDirectory units;

	private final ActivationSlips slips;

	private final KeycloakUserAdmin keycloak;

	private final CurrentCaller callers;

	private final TransactionTemplate tx;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	AssistedCitizens(CommunityHelpers helpers, CitizenRepository citizens, CitizenLearners citizenLearners,
			LearnerDirectory learners, EnrolmentDirectory enrolments, LectureProgress progress,
			IssuedCertificates certificates, CourseCatalog courses, OrgUnitDirectory units, ActivationSlips slips,
			KeycloakUserAdmin keycloak, CurrentCaller callers, PlatformTransactionManager transactions, Clock clock) {
		this.helpers = helpers;
		this.citizens = citizens;
		this.citizenLearners = citizenLearners;
		this.learners = learners;
		this.enrolments = enrolments;
		this.progress = progress;
		this.certificates = certificates;
		this.courses = courses;
		this.units = units;
		this.slips = slips;
		this.keycloak = keycloak;
		this.callers = callers;
		this.tx = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	/**
	 * What the helper writes down with the citizen; {@code consentInPerson} must be true.
	 */
	public record Registration(String fullName, int birthYear, @Nullable String gender, boolean consentInPerson) {
	}

	/**
	 * The new account, with its activation code in clear this once (it is also on the
	 * slip).
	 */
	public record Registered(long learnerId, String username, String fullName, String activationCode,
			Instant codeValidUntil) {
	}

	/** One course of an assisted citizen: how far they are. */
	public record CourseProgress(long courseId, String courseTitle, EnrolmentStatus status, int lecturesCompleted,
			int lecturesTotal, @Nullable Instant completedAt, @Nullable String certificateSerial) {
	}

	/**
	 * A citizen the helper registered, with their courses; {@code slipAvailable} while
	 * the code is valid.
	 */
	public record AssistedCitizen(long learnerId, String username, String fullName, int birthYear,
			@Nullable String gender, Instant registeredAt, boolean slipAvailable, List<CourseProgress> courses) {
	}

	/** The helper's commune and the citizens they registered there. */
	public record MyCitizens(long communeId, String communeName, List<AssistedCitizen> citizens) {
	}

	@PreAuthorize("hasRole('COMMUNITY_HELPER')")
	public Registered register(Registration registration) {
		CommunityHelperGrant grant = helpers.requireCallerGrant();
		String helper = callers.get().username();
		if (!registration.consentInPerson()) {
			throw ProblemException.badRequest("citizen.consent-required");
		}
		String fullName = registration.fullName() == null ? ""
				: registration.fullName().strip().replaceAll("\\s+", " ");
		if (fullName.isEmpty() || fullName.length() > 200) {
			throw ProblemException.badRequest("citizen.full-name-invalid");
		}
		Instant now = clock.instant();
		Citizen.requireValidBirthYear(registration.birthYear(), now);
		String gender = CitizenService.gender(registration.gender());
		Commune commune = commune(grant.getCommuneUnitId());
		NewCode code = slips.newCode();
		int lastSpace = fullName.lastIndexOf(' ');
		String family = lastSpace < 0 ? fullName : fullName.substring(0, lastSpace);
		String given = lastSpace < 0 ? fullName : fullName.substring(lastSpace + 1);
		String username = null;
		String userId = null;
		for (int attempt = 0; attempt < USERNAME_ATTEMPTS && userId == null; attempt++) {
			username = slips.usernameFor(fullName, 10_000 + random.nextInt(90_000));
			userId = keycloak
				.createCitizen(new AssistedCitizenUser(username, family, given, commune.code(),
						registration.birthYear(), gender, code.code()))
				.orElse(null);
		}
		if (userId == null || username == null) {
			throw new IllegalStateException(
					"No free username for an assisted citizen after " + USERNAME_ATTEMPTS + " tries");
		}
		String createdUsername = username;
		try {
			Long learnerId = tx.execute(status -> {
				long id = citizenLearners.register(createdUsername, fullName, commune.id(), gender, now);
				citizens.save(Citizen.assisted(id, createdUsername, commune, registration.birthYear(), gender, now,
						helper, code.sealed(), code.validUntil()));
				return id;
			});
			log.info("Citizen {} (learner {}) of {} registered by community helper {}", createdUsername, learnerId,
					commune.code(), helper);
			return new Registered(learnerId == null ? 0 : learnerId, createdUsername, fullName, code.code(),
					code.validUntil());
		}
		catch (RuntimeException ex) {
			// Nothing recorded: the account must not outlive the failed registration.
			keycloak.delete(userId);
			throw ex;
		}
	}

	@PreAuthorize("hasRole('COMMUNITY_HELPER')")
	public MyCitizens mine() {
		CommunityHelperGrant grant = helpers.requireCallerGrant();
		return tx.execute(status -> {
			List<Citizen> assisted = citizens.findByAssistedByAndCommuneUnitIdOrderByRegisteredAtDesc(
					callers.get().username(), grant.getCommuneUnitId());
			Map<Long, String> names = learners.findAll(assisted.stream().map(Citizen::getLearnerId).toList())
				.stream()
				.collect(Collectors.toMap(LearnerSummary::id, LearnerSummary::fullName));
			List<EnrolmentRef> refs = new ArrayList<>();
			Map<Long, List<EnrolmentRef>> byLearner = new HashMap<>();
			for (Citizen citizen : assisted) {
				List<EnrolmentRef> own = enrolments.ofLearner(citizen.getLearnerId());
				byLearner.put(citizen.getLearnerId(), own);
				refs.addAll(own);
			}
			Map<Long, Figures> figures = refs.isEmpty() ? Map.of() : progress.figures(refs);
			Map<Long, String> serials = certificates
				.validSerialsOf(refs.stream().map(EnrolmentRef::enrolmentId).toList());
			Map<Long, String> titles = titles(refs);
			Instant now = clock.instant();
			List<AssistedCitizen> rows = assisted.stream()
				.map(citizen -> new AssistedCitizen(citizen.getLearnerId(), citizen.getUsername(),
						names.getOrDefault(citizen.getLearnerId(), "—"), citizen.getBirthYear(), citizen.getGender(),
						citizen.getRegisteredAt(), citizen.sealedCodeValidAt(now).isPresent(),
						byLearner.getOrDefault(citizen.getLearnerId(), List.of())
							.stream()
							.map(ref -> courseProgress(ref, figures.get(ref.enrolmentId()), serials, titles))
							.toList()))
				.toList();
			String communeName = units.find(grant.getCommuneUnitId()).map(OrgUnitSummary::name).orElse("");
			return new MyCitizens(grant.getCommuneUnitId(), communeName, rows);
		});
	}

	/** The printable slip of a citizen the caller registered, while its code is valid. */
	@PreAuthorize("hasRole('COMMUNITY_HELPER')")
	public byte[] slip(long learnerId) {
		CommunityHelperGrant grant = helpers.requireCallerGrant();
		String helper = callers.get().username();
		Citizen citizen = citizens.findById(learnerId)
			.filter(found -> found.wasAssistedBy(helper, grant.getCommuneUnitId()))
			.orElseThrow(() -> ProblemException.notFound("citizen.assisted-not-found", learnerId));
		String sealed = citizen.sealedCodeValidAt(clock.instant())
			.orElseThrow(() -> ProblemException.conflict("citizen.slip-expired", citizen.getUsername()));
		String fullName = learners.find(learnerId).map(LearnerSummary::fullName).orElse("");
		String communeName = units.find(citizen.getCommuneUnitId()).map(OrgUnitSummary::name).orElse("");
		Instant validUntil = Objects.requireNonNull(citizen.getActivationCodeValidUntil());
		return slips.slipPdf(new Slip(fullName, citizen.getBirthYear(), communeName, citizen.getUsername(),
				slips.open(sealed), LocalDate.ofInstant(validUntil, VietnamTime.ZONE)));
	}

	/**
	 * Registers a demo assisted citizen whose Keycloak account comes from the demo realm
	 * file (seeding only).
	 */
	public long registerForDemo(String username, String fullName, String communeCode, int birthYear,
			@Nullable String gender, String helper, Instant at) {
		return tx.execute(status -> citizens.findByUsername(username).map(Citizen::getLearnerId).orElseGet(() -> {
			OrgUnitSummary unit = units.findSummaryByCode(communeCode)
				.orElseThrow(() -> new IllegalStateException("No demo commune " + communeCode));
			Commune commune = commune(unit.id());
			long learnerId = citizenLearners.register(username, fullName, commune.id(), gender, at);
			citizens.save(new Citizen(learnerId, username, commune, birthYear, gender, at, helper));
			return learnerId;
		}));
	}

	private Commune commune(long unitId) {
		OrgUnitSummary unit = units.find(unitId)
			.orElseThrow(() -> ProblemException.badRequest("citizen.not-a-commune", unitId));
		return new Commune(unit.id(), unit.code(), unit.name(), unit.path());
	}

	private Map<Long, String> titles(Collection<EnrolmentRef> refs) {
		return refs.stream()
			.map(EnrolmentRef::courseVersionId)
			.filter(Objects::nonNull)
			.distinct()
			.map(courses::version)
			.flatMap(Optional::stream)
			.collect(Collectors.toMap(CourseVersionView::courseVersionId, CourseVersionView::title, (a, b) -> a));
	}

	private static CourseProgress courseProgress(EnrolmentRef ref, @Nullable Figures figures, Map<Long, String> serials,
			Map<Long, String> titles) {
		return new CourseProgress(ref.courseId(),
				ref.courseVersionId() == null ? "" : titles.getOrDefault(ref.courseVersionId(), ""), ref.status(),
				figures == null ? 0 : figures.lecturesCompleted(), figures == null ? 0 : figures.lecturesTotal(),
				ref.completedAt(), serials.get(ref.enrolmentId()));
	}

}
