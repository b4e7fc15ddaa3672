package vn.hocso.citizen.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.hocso.citizen.domain.Citizen.Commune;
import vn.hocso.enrolment.EnrolmentDirectory;
import vn.hocso.enrolment.EnrolmentRef;
import vn.hocso.identity.Caller;
import vn.hocso.identity.CurrentCaller;
import vn.hocso.identity.KeycloakUserAdmin;
import vn.hocso.learner.CitizenLearners;
import vn.hocso.organization.OrgUnitDirectory;
import vn.hocso.organization.OrgUnitSummary;
import vn.hocso.organization.OrgUnitType;
import vn.hocso.platform.ProblemException;

/**
 * A citizen's own registration, data download and erasure (ADR 0370). The Keycloak
 * account exists already (self-registration); this completes it with the commune, year of
 * birth, gender and consent, and gives the citizen a learner record so that open courses
 * work as they do for officials.
 */
@Service
public class CitizenService {

	/** The Keycloak attribute (and token claim) that carries a citizen's commune code. */
	static final String COMMUNE_ATTRIBUTE = "commune";

	private final CitizenRepository citizens;

	private final CitizenLearners learners;

	private final OrgUnitDirectory units;

	private final EnrolmentDirectory enrolments;

	private final KeycloakUserAdmin keycloak;

	private final CurrentCaller currentCaller;

	private final Clock clock;

	CitizenService(CitizenRepository citizens, CitizenLearners learners, OrgUnitDirectory units,
			EnrolmentDirectory enrolments, KeycloakUserAdmin keycloak, CurrentCaller currentCaller, Clock clock) {
		this.citizens = citizens;
		this.learners = learners;
		this.units = units;
		this.enrolments = enrolments;
		this.keycloak = keycloak;
		this.currentCaller = currentCaller;
		this.clock = clock;
	}

	/** What a citizen gives when completing registration; consent must be true. */
	public record ProfileCommand(long communeId, int birthYear, @Nullable String gender, boolean consent) {
	}

	/** The citizen's own profile as they see it. */
	public record Profile(String username, long communeId, String communeCode, String communeName, int birthYear,
			@Nullable String gender, Instant consentAt, Instant registeredAt) {
	}

	/** Everything Học Số keeps about the citizen, for download. */
	public record DataExport(long learnerId, Profile profile, String fullName, List<EnrolmentRef> enrolments,
			Instant exportedAt) {
	}

	@PreAuthorize("hasRole('CITIZEN')")
	@Transactional(readOnly = true)
	public Optional<Profile> myProfile() {
		return citizens.findByUsername(currentCaller.get().username()).map(this::profile);
	}

	/**
	 * Completes (or corrects) the calling citizen's registration: their commune goes into
	 * their Keycloak account (attribute {@code commune}, which only the app may set) and
	 * the app's records.
	 */
	@PreAuthorize("hasRole('CITIZEN')")
	@Transactional
	public Profile saveMyProfile(ProfileCommand command) {
		Caller caller = currentCaller.get();
		if (!command.consent()) {
			throw ProblemException.badRequest("citizen.consent-required");
		}
		String gender = gender(command.gender());
		Commune commune = commune(command.communeId());
		Instant now = clock.instant();
		Citizen.requireValidBirthYear(command.birthYear(), now);
		Citizen citizen = citizens.findByUsername(caller.username()).orElse(null);
		if (citizen == null) {
			long learnerId = learners.register(caller.username(), caller.displayName(), commune.id(), gender, now);
			citizen = citizens
				.save(new Citizen(learnerId, caller.username(), commune, command.birthYear(), gender, now, null));
		}
		else {
			learners.moveToCommune(citizen.getLearnerId(), commune.id());
			citizen.describe(commune, command.birthYear(), gender, now);
		}
		String userId = keycloak.findUserId(caller.username())
			.orElseThrow(() -> ProblemException.notFound("citizen.account-not-found", caller.username()));
		keycloak.setAttribute(userId, COMMUNE_ATTRIBUTE, commune.code());
		return profile(citizen);
	}

	@PreAuthorize("hasRole('CITIZEN')")
	@Transactional(readOnly = true)
	public DataExport exportMyData() {
		Caller caller = currentCaller.get();
		Citizen citizen = requireMe(caller);
		return new DataExport(citizen.getLearnerId(), profile(citizen), caller.displayName(),
				enrolments.ofLearner(citizen.getLearnerId()), clock.instant());
	}

	/**
	 * Deletes the calling citizen's account and personal data: the Keycloak user, this
	 * record, their name on the learner record and on certificates. Enrolments,
	 * completions and the commune stay, anonymous, so the commune's counts do not change.
	 * Keycloak goes last: if it fails, nothing is lost.
	 */
	@PreAuthorize("hasRole('CITIZEN')")
	@Transactional
	public void deleteMe() {
		Caller caller = currentCaller.get();
		Optional<Citizen> citizen = citizens.findByUsername(caller.username());
		citizen.ifPresent(found -> {
			learners.erase(found.getLearnerId(), clock.instant());
			citizens.delete(found);
		});
		keycloak.findUserId(caller.username()).ifPresent(keycloak::delete);
	}

	/**
	 * Registers a demo citizen whose Keycloak account (with its commune attribute) comes
	 * from the demo realm file; for seeding only, hence no role check and no Keycloak
	 * call.
	 */
	@Transactional
	public long registerForDemo(String username, String fullName, String communeCode, int birthYear,
			@Nullable String gender, @Nullable String assistedBy, Instant at) {
		return citizens.findByUsername(username).map(Citizen::getLearnerId).orElseGet(() -> {
			OrgUnitSummary unit = units.findSummaryByCode(communeCode)
				.orElseThrow(() -> new IllegalStateException("No demo commune " + communeCode));
			Commune commune = commune(unit.id());
			long learnerId = learners.register(username, fullName, commune.id(), gender(gender), at);
			citizens.save(new Citizen(learnerId, username, commune, birthYear, gender(gender), at, assistedBy));
			return learnerId;
		});
	}

	private Citizen requireMe(Caller caller) {
		return citizens.findByUsername(caller.username())
			.orElseThrow(() -> ProblemException.notFound("citizen.not-registered"));
	}

	private Commune commune(long unitId) {
		OrgUnitSummary unit = units.find(unitId)
			.filter(found -> found.type() == OrgUnitType.COMMUNE && found.status().isOpen())
			.orElseThrow(() -> ProblemException.badRequest("citizen.not-a-commune", unitId));
		return new Commune(unit.id(), unit.code(), unit.name(), unit.path());
	}

	static @Nullable String gender(@Nullable String gender) {
		if (gender == null || gender.isBlank()) {
			return null;
		}
		return switch (gender) {
			case "MALE", "FEMALE", "OTHER" -> gender;
			default -> throw ProblemException.badRequest("citizen.gender-invalid", gender);
		};
	}

	private Profile profile(Citizen citizen) {
		OrgUnitSummary commune = units.find(citizen.getCommuneUnitId()).orElseThrow();
		return new Profile(citizen.getUsername(), commune.id(), commune.code(), commune.name(), citizen.getBirthYear(),
				citizen.getGender(), citizen.getConsentAt(), citizen.getRegisteredAt());
	}

}
