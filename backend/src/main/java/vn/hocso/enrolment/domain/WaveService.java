package vn.hocso.enrolment.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.hocso.course.CourseCatalog;
import vn.hocso.course.CourseCatalog.CourseVersionView;
import vn.hocso.enrolment.TrainerQualification;
import vn.hocso.identity.CurrentCaller;
import vn.hocso.learner.LearnerDirectory;
import vn.hocso.learner.LearnerSummary;
import vn.hocso.organization.AccessPolicy;
import vn.hocso.organization.OrgScope;
import vn.hocso.organization.OrgScopes;
import vn.hocso.organization.OrgUnitDirectory;
import vn.hocso.organization.OrgUnitSummary;
import vn.hocso.organization.ScopedAction;
import vn.hocso.platform.Chunks;
import vn.hocso.platform.ProblemException;

/** Opening waves, enrolling learners into them and splitting them into classes. */
@Service
@Transactional
public class WaveService {

	private final WaveRepository waves;

	private final WaveUnitRepository waveUnits;

	private final WaveClassRepository classes;

	private final EnrolmentRepository enrolments;

	private final LearnerAccountRecordRepository accounts;

	private final LearnerDirectory learners;

	private final OrgScopes scopes;

	private final OrgUnitDirectory units;

	private final CurrentCaller currentCaller;

	private final DeadlinePolicy deadlines;

	private final Clock clock;

	private final CourseCatalog courses;

	private final AccessPolicy access;

	private final ClassTrainers trainers;

	private final ObjectProvider<TrainerQualification> qualification;

	WaveService(WaveRepository waves, WaveUnitRepository waveUnits, WaveClassRepository classes,
			EnrolmentRepository enrolments, LearnerAccountRecordRepository accounts, LearnerDirectory learners,
			OrgScopes scopes, OrgUnitDirectory units, CurrentCaller currentCaller, DeadlinePolicy deadlines,
			Clock clock, CourseCatalog courses, AccessPolicy access, ClassTrainers trainers,
			ObjectProvider<TrainerQualification> qualification) {
		this.access = access;
		this.trainers = trainers;
		this.qualification = qualification;
		this.courses = courses;
		this.waves = waves;
		this.waveUnits = waveUnits;
		this.classes = classes;
		this.enrolments = enrolments;
		this.accounts = accounts;
		this.learners = learners;
		this.scopes = scopes;
		this.units = units;
		this.currentCaller = currentCaller;
		this.deadlines = deadlines;
		this.clock = clock;
	}

	public record NewWave(String name, long courseId, LocalDate openingDate, int capacity, int deadlineWorkingDays,
			List<Long> unitIds) {
	}

	@PreAuthorize("hasRole('ADMIN')")
	public Wave open(NewWave command) {
		if (command.unitIds().isEmpty()) {
			throw ProblemException.badRequest("wave.units-required");
		}
		CourseVersionView course = courses.currentPublished(command.courseId())
			.orElseThrow(() -> ProblemException.conflict("wave.course-not-published", command.courseId()));
		List<OrgUnitSummary> covered = command.unitIds().stream().map(scopes::requireVisible).toList();
		Wave wave = waves.save(new Wave(command.name().strip(), command.courseId(), command.openingDate(),
				command.capacity(), command.deadlineWorkingDays(), currentCaller.get().username(), clock.instant()));
		wave.teachCourseVersion(course.courseVersionId());
		covered.forEach(unit -> waveUnits.save(new WaveUnit(wave.getId(), unit.id(), unit.path())));
		return wave;
	}

	/**
	 * Enrols the active learners of these unit subtrees (or these learners). Learners
	 * already in the wave are skipped, so enrolling twice changes nothing; learners
	 * outside the wave's units or the caller's scope are refused.
	 */
	@PreAuthorize("hasAnyRole('ADMIN','UNIT_ADMIN')")
	public EnrolmentResult enrol(long waveId, List<Long> unitIds, List<Long> learnerIds) {
		if (unitIds.isEmpty() && learnerIds.isEmpty()) {
			throw ProblemException.badRequest("enrolment.selection-required");
		}
		Wave wave = load(waveId);
		List<WaveUnit> covered = waveUnits.findByWaveId(waveId);
		access.requireWave(ScopedAction.WAVE_ENROL, covered.stream().map(WaveUnit::getUnitPath).toList());
		OrgScope scope = scopes.current();
		Map<Long, LearnerSummary> candidates = new LinkedHashMap<>();
		for (long unitId : unitIds) {
			OrgUnitSummary unit = scopes.requireVisible(unitId);
			learners.findActiveInSubtree(unit.path()).forEach(learner -> candidates.putIfAbsent(learner.id(), learner));
		}
		for (LearnerSummary learner : learners.findAll(learnerIds)) {
			candidates.putIfAbsent(learner.id(), learner);
		}
		Set<Long> missing = new HashSet<>(learnerIds);
		missing.removeAll(candidates.keySet());
		if (!missing.isEmpty()) {
			throw ProblemException.notFound("enrolment.learner-not-found", missing.iterator().next());
		}
		for (LearnerSummary learner : candidates.values()) {
			if (!scope.covers(learner.unitPath())) {
				throw ProblemException.forbidden("enrolment.learner-out-of-scope", learner.fullName());
			}
			if (covered.stream().noneMatch(unit -> unit.covers(learner.unitPath()))) {
				throw ProblemException.conflict("enrolment.learner-outside-wave", learner.fullName(), wave.getName());
			}
			if (!learner.active()) {
				throw ProblemException.conflict("enrolment.learner-inactive", learner.fullName());
			}
		}
		Set<Long> already = new HashSet<>();
		for (List<Long> chunk : Chunks.of(candidates.keySet(), Chunks.IN_CLAUSE_SIZE)) {
			already.addAll(enrolments.findEnrolledLearnerIds(waveId, chunk));
		}
		List<LearnerSummary> fresh = candidates.values().stream().filter(l -> !already.contains(l.id())).toList();
		wave.requireRoomFor(enrolments.countByWaveId(waveId), fresh.size());
		// Learners who already hold an account start their clock now: one lookup per
		// chunk, not per learner.
		Map<Long, LearnerAccountRecord> issued = new HashMap<>();
		for (List<Long> chunk : Chunks.of(fresh.stream().map(LearnerSummary::id).toList(), Chunks.IN_CLAUSE_SIZE)) {
			accounts.findAllById(chunk).forEach(record -> issued.put(record.getLearnerId(), record));
		}
		int clocksStarted = 0;
		List<Enrolment> created = new ArrayList<>();
		for (LearnerSummary learner : fresh) {
			Enrolment enrolment = new Enrolment(waveId, learner.id(), learner.unitId(), learner.unitPath(),
					clock.instant());
			LearnerAccountRecord account = issued.get(learner.id());
			if (account != null) {
				var start = deadlines.clockStart(account.getIssuedAt(), wave);
				enrolment.startClock(start, deadlines.deadline(start, wave));
				clocksStarted++;
			}
			created.add(enrolment);
		}
		enrolments.saveAll(created);
		return new EnrolmentResult(fresh.size(), already.size(), clocksStarted);
	}

	public record EnrolmentResult(int enrolled, int alreadyEnrolled, int clocksStarted) {
	}

	/**
	 * Puts every enrolment that has no class yet into classes of at most
	 * {@code classSize}, unit by unit, so that a trainer's class is colleagues of one
	 * unit wherever possible.
	 */
	@PreAuthorize("hasAnyRole('ADMIN','UNIT_ADMIN')")
	public List<WaveClass> splitIntoClasses(long waveId, int classSize) {
		if (classSize < 1 || classSize > 500) {
			throw ProblemException.badRequest("wave.class-size-invalid", classSize);
		}
		Wave wave = load(waveId);
		access.requireWave(ScopedAction.WAVE_ENROL,
				waveUnits.findByWaveId(waveId).stream().map(WaveUnit::getUnitPath).toList());
		OrgScope scope = scopes.current();
		Map<Long, List<Enrolment>> byUnit = new LinkedHashMap<>();
		for (Enrolment enrolment : enrolments.findByWaveIdOrderByUnitPathAscIdAsc(waveId)) {
			if (enrolment.getClassId() == null && enrolment.getStage() != Enrolment.Stage.WITHDRAWN
					&& scope.covers(enrolment.getUnitPath())) {
				byUnit.computeIfAbsent(enrolment.getUnitId(), id -> new ArrayList<>()).add(enrolment);
			}
		}
		List<WaveClass> created = new ArrayList<>();
		byUnit.forEach((unitId, members) -> {
			String unitName = units.find(unitId).map(OrgUnitSummary::name).orElse(String.valueOf(unitId));
			int parts = (members.size() + classSize - 1) / classSize;
			for (int part = 0; part < parts; part++) {
				String name = parts == 1 ? unitName : unitName + " – " + (part + 1);
				WaveClass waveClass = classes.save(new WaveClass(wave.getId(), name, members.getFirst().getUnitPath()));
				members.subList(part * classSize, Math.min(members.size(), (part + 1) * classSize))
					.forEach(enrolment -> enrolment.placeInClass(waveClass.getId()));
				created.add(waveClass);
			}
		});
		return created;
	}

	/**
	 * Renames a class and names its trainer, already confirmed (demo data; see the
	 * four-argument form).
	 */
	@PreAuthorize("hasAnyRole('ADMIN','UNIT_ADMIN')")
	public WaveClass assignTrainer(long classId, String name, @Nullable String trainerUsername) {
		return assignTrainer(classId, name, trainerUsername, true);
	}

	/**
	 * Renames a class and names its trainer. A new trainer who is not a trained focal
	 * point (issue 16) is allowed only once confirmed: without {@code confirmUntrained},
	 * 409 {@code enrolment.trainer-untrained}.
	 */
	@PreAuthorize("hasAnyRole('ADMIN','UNIT_ADMIN')")
	public WaveClass assignTrainer(long classId, String name, @Nullable String trainerUsername,
			boolean confirmUntrained) {
		WaveClass waveClass = classes.findById(classId)
			.orElseThrow(() -> ProblemException.notFound("enrolment.class-not-found", classId));
		requireInScope(waveClass.getUnitPath(), waveClass.getName());
		String chosen = trainerUsername == null || trainerUsername.isBlank() ? null : trainerUsername.strip();
		TrainerQualification qualified = qualification.getIfAvailable();
		if (chosen != null && !chosen.equals(waveClass.getTrainerUsername()) && !confirmUntrained && qualified != null
				&& !qualified.isQualified(chosen)) {
			throw ProblemException.conflict("enrolment.trainer-untrained", chosen);
		}
		waveClass.assign(name.strip(), trainerUsername, trainers.nameOf(trainerUsername));
		return waveClass;
	}

	@PreAuthorize("hasAnyRole('ADMIN','UNIT_ADMIN')")
	public Enrolment moveToClass(long enrolmentId, long classId) {
		Enrolment enrolment = loadEnrolment(enrolmentId);
		WaveClass target = classes.findById(classId)
			.orElseThrow(() -> ProblemException.notFound("enrolment.class-not-found", classId));
		if (target.getWaveId() != enrolment.getWaveId()) {
			throw ProblemException.conflict("enrolment.class-of-another-wave", target.getName());
		}
		requireInScope(target.getUnitPath(), target.getName());
		enrolment.placeInClass(classId);
		return enrolment;
	}

	@PreAuthorize("hasAnyRole('ADMIN','UNIT_ADMIN')")
	public Enrolment withdraw(long enrolmentId) {
		Enrolment enrolment = loadEnrolment(enrolmentId);
		enrolment.withdraw(clock.instant());
		return enrolment;
	}

	/**
	 * An account was issued: remember it (first issue only) and start the clock of every
	 * enrolment of that learner still waiting for it.
	 */
	public int accountIssued(long learnerId, String username, Instant issuedAt) {
		LearnerAccountRecord record = accounts.findById(learnerId)
			.orElseGet(() -> accounts.save(new LearnerAccountRecord(learnerId, username, issuedAt)));
		int started = 0;
		for (Enrolment enrolment : enrolments.findWithoutClock(learnerId)) {
			Wave wave = load(enrolment.getWaveId());
			if (wave.isSelfPaced()) {
				continue;
			}
			var start = deadlines.clockStart(record.getIssuedAt(), wave);
			if (enrolment.startClock(start, deadlines.deadline(start, wave))) {
				started++;
			}
		}
		return started;
	}

	/**
	 * Forgets which username was this learner's (an erased citizen); enrolments stay,
	 * anonymous.
	 */
	public void forgetAccount(long learnerId) {
		accounts.findById(learnerId).ifPresent(accounts::delete);
	}

	private Enrolment loadEnrolment(long enrolmentId) {
		Enrolment enrolment = enrolments.findById(enrolmentId)
			.orElseThrow(() -> ProblemException.notFound("enrolment.not-found", enrolmentId));
		requireInScope(enrolment.getUnitPath(), String.valueOf(enrolmentId));
		return enrolment;
	}

	private Wave load(long waveId) {
		return waves.findById(waveId).orElseThrow(() -> ProblemException.notFound("wave.not-found", waveId));
	}

	private void requireInScope(String unitPath, String what) {
		if (!scopes.current().covers(unitPath)) {
			throw ProblemException.forbidden("enrolment.out-of-scope", what);
		}
	}

}
