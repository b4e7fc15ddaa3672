package vn.hocso.training.domain;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.hocso.learner.LearnerDirectory;
import vn.hocso.learner.LearnerSummary;
import vn.hocso.organization.OrgScope;
import vn.hocso.organization.OrgUnitDirectory;
import vn.hocso.organization.OrgUnitSummary;
import vn.hocso.organization.OrgUnitType;
import vn.hocso.platform.ProblemException;

/**
 * Units send their officials to a programme: within the per-unit limit, before the
 * deadline, only officials of the nominator's own subtree. A withdrawal frees a seat for
 * the first on the waiting list.
 */
@Service
@Transactional
public class NominationService {

	/**
	 * The units a programme expects nominations from (plan 420: departments, mass
	 * organisations, districts, communes).
	 */
	static final Set<OrgUnitType> NOMINATING_TYPES = EnumSet.of(OrgUnitType.DEPARTMENT, OrgUnitType.MASS_ORGANIZATION,
			OrgUnitType.DISTRICT, OrgUnitType.COMMUNE);

	private final NominationRepository nominations;

	private final TrainingClassRepository classes;

	private final ProgrammeService programmes;

	private final LearnerDirectory learners;

	private final OrgUnitDirectory units;

	private final TrainingAccess access;

	private final NominationNotices notices;

	private final FinalExams finalExams;

	private final Clock clock;

	NominationService(NominationRepository nominations, TrainingClassRepository classes, ProgrammeService programmes,
			LearnerDirectory learners, OrgUnitDirectory units, TrainingAccess access, NominationNotices notices,
			Clock clock, FinalExams finalExams) {
		this.finalExams = finalExams;
		this.nominations = nominations;
		this.classes = classes;
		this.programmes = programmes;
		this.learners = learners;
		this.units = units;
		this.access = access;
		this.notices = notices;
		this.clock = clock;
	}

	public Nomination nominate(long programmeId, long learnerId, @Nullable Long preferredClassId) {
		access.requireNominator();
		TrainingProgramme programme = nominations.lockProgramme(programmeId)
			.orElseThrow(() -> ProblemException.notFound("training.programme-not-found", programmeId));
		LearnerSummary learner = learners.find(learnerId)
			.filter(LearnerSummary::active)
			.orElseThrow(() -> ProblemException.notFound("training.learner-not-found", learnerId));
		access.requireInScope(learner.unitPath(), learner.unitCode());
		if (preferredClassId != null
				&& classes.findById(preferredClassId).filter(c -> c.getProgrammeId() == programmeId).isEmpty()) {
			throw ProblemException.badRequest("training.class-not-in-programme", preferredClassId, programmeId);
		}
		if (nominations.findByProgrammeIdAndLearnerId(programmeId, learnerId).isPresent()) {
			throw ProblemException.conflict("training.already-nominated", learner.fullName());
		}
		programme.requireNominationAllowed(clock.instant(),
				nominations.countActiveOfUnit(programmeId, learner.unitId()));
		return nominations.save(new Nomination(programmeId, learnerId, learner.fullName(), learner.email(),
				learner.unitId(), learner.unitPath(), preferredClassId, access.caller().username(), clock.instant()));
	}

	/**
	 * Withdraws a nominee before the deadline; a seat it held goes to the first one
	 * waiting.
	 */
	public Nomination withdraw(long nominationId) {
		access.requireNominator();
		Nomination nomination = nominations.findById(nominationId)
			.orElseThrow(() -> ProblemException.notFound("training.nomination-not-found", nominationId));
		access.requireInScope(nomination.getUnitPath(), String.valueOf(nomination.getUnitId()));
		TrainingProgramme programme = nominations.lockProgramme(nomination.getProgrammeId()).orElseThrow();
		programme.requireBeforeDeadline(clock.instant());
		Long freedClass = nomination.getStatus() == NominationStatus.SEATED ? nomination.getClassId() : null;
		nomination.withdraw();
		if (freedClass != null) {
			nominations.findByProgrammeIdAndStatusOrderByWaitPositionAsc(programme.getId(), NominationStatus.WAITING)
				.stream()
				.findFirst()
				.ifPresent(first -> {
					first.seatIn(freedClass);
					notices.tellSeat(first);
					finalExams.seated(first);
				});
		}
		return nomination;
	}

	/** The programme's nominations in the caller's subtree. */
	@Transactional(readOnly = true)
	public List<Nomination> list(long programmeId) {
		access.requireStaff();
		programmes.require(programmeId);
		OrgScope scope = access.scope();
		return nominations.findByProgrammeIdOrderByNominatedAtAscIdAsc(programmeId)
			.stream()
			.filter(n -> scope.covers(n.getUnitPath()))
			.toList();
	}

	/**
	 * The active units in the caller's subtree that are expected to nominate and have
	 * not.
	 */
	@Transactional(readOnly = true)
	public List<OrgUnitSummary> unitsWithoutNominations(long programmeId) {
		access.requireStaff();
		programmes.require(programmeId);
		Set<Long> nominating = nominations.findByProgrammeIdOrderByNominatedAtAscIdAsc(programmeId)
			.stream()
			.filter(Nomination::isActive)
			.map(Nomination::getUnitId)
			.collect(Collectors.toSet());
		return access.scope()
			.rootPaths()
			.stream()
			.flatMap(root -> units.subtree(root).stream())
			.filter(u -> u.status().isOpen() && NOMINATING_TYPES.contains(u.type()) && !nominating.contains(u.id()))
			.toList();
	}

}
