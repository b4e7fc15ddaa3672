package vn.hocso.training.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.hocso.enrolment.EnrolmentDirectory;
import vn.hocso.learner.LearnerDirectory;
import vn.hocso.organization.OrgScope;
import vn.hocso.organization.OrgUnitDirectory;
import vn.hocso.organization.OrgUnitSummary;
import vn.hocso.platform.ProblemException;

/**
 * Reads for teachers, participants and supervisors, each scoped as {@link TrainingAccess}
 * says.
 */
@Service
@Transactional(readOnly = true)
public class TrainingReads {

	private final ProgrammeRepository programmes;

	private final TrainingClassRepository classes;

	private final TrainingSessionRepository sessions;

	private final NominationRepository nominations;

	private final AttendanceRepository attendance;

	private final CompletionRepository completions;

	private final EnrolmentDirectory accounts;

	private final OrgUnitDirectory units;

	private final LearnerDirectory learners;

	private final TrainingAccess access;

	TrainingReads(ProgrammeRepository programmes, TrainingClassRepository classes, TrainingSessionRepository sessions,
			NominationRepository nominations, AttendanceRepository attendance, CompletionRepository completions,
			EnrolmentDirectory accounts, OrgUnitDirectory units, LearnerDirectory learners, TrainingAccess access) {
		this.programmes = programmes;
		this.classes = classes;
		this.sessions = sessions;
		this.nominations = nominations;
		this.attendance = attendance;
		this.completions = completions;
		this.accounts = accounts;
		this.units = units;
		this.learners = learners;
		this.access = access;
	}

	/**
	 * A class with its sessions, its participants the caller may see, and their marks.
	 */
	public record ClassSheet(TrainingProgramme programme, TrainingClass trainingClass, List<TrainingSession> sessions,
			List<Nomination> participants, Map<Long, Map<Long, Attendance>> marksBySession, Set<Long> completed,
			boolean teacher) {

		public int attendedBy(long nominationId) {
			return (int) marksBySession.values()
				.stream()
				.map(m -> m.get(nominationId))
				.filter(a -> a != null && a.isPresent())
				.count();
		}

		/** The participant's mark in the session, if any. */
		public @Nullable Attendance markOf(long sessionId, long nominationId) {
			return marksBySession.getOrDefault(sessionId, Map.of()).get(nominationId);
		}

	}

	public ClassSheet classSheet(long classId) {
		TrainingClass trainingClass = classes.findById(classId)
			.orElseThrow(() -> ProblemException.notFound("training.class-not-found", classId));
		TrainingAccess.ClassReader reader = access.readerOf(trainingClass);
		OrgScope scope = access.scope();
		List<Nomination> participants = nominations
			.findByClassIdAndStatusOrderByFullNameAscIdAsc(classId, NominationStatus.SEATED)
			.stream()
			.filter(n -> reader == TrainingAccess.ClassReader.WHOLE_CLASS || scope.covers(n.getUnitPath()))
			.toList();
		List<TrainingSession> classSessions = sessions.findByClassIdOrderByStartsAtAscIdAsc(classId);
		Set<Long> visible = participants.stream().map(Nomination::getId).collect(Collectors.toSet());
		Map<Long, Map<Long, Attendance>> marks = new LinkedHashMap<>();
		classSessions.forEach(s -> marks.put(s.getId(), new HashMap<>()));
		attendance.findBySessionIdIn(marks.keySet())
			.stream()
			.filter(a -> visible.contains(a.getNominationId()))
			.forEach(a -> marks.computeIfAbsent(a.getSessionId(), session -> new HashMap<>())
				.put(a.getNominationId(), a));
		Set<Long> completed = completions.findByProgrammeId(trainingClass.getProgrammeId())
			.stream()
			.map(Completion::getNominationId)
			.filter(visible::contains)
			.collect(Collectors.toSet());
		TrainingProgramme programme = programmes.findById(trainingClass.getProgrammeId()).orElseThrow();
		return new ClassSheet(programme, trainingClass, classSessions, participants, marks, completed,
				reader == TrainingAccess.ClassReader.WHOLE_CLASS);
	}

	/** What the caller is in: seats (as a participant) and classes they teach. */
	public record Mine(List<Seat> seats, List<TrainingClass> teaching) {
	}

	public record Seat(Nomination nomination, TrainingProgramme programme, Optional<TrainingClass> trainingClass,
			List<TrainingSession> sessions, boolean completed) {
	}

	public Mine mine() {
		String username = access.caller().username();
		List<Seat> seats = new ArrayList<>();
		accounts.learnerIdOfUsername(username).ifPresent(learnerId -> {
			for (Nomination n : nominations.findByLearnerIdAndStatusNot(learnerId, NominationStatus.WITHDRAWN)) {
				Optional<TrainingClass> seat = n.getClassId() == null ? Optional.empty()
						: classes.findById(n.getClassId());
				seats.add(new Seat(n, programmes.findById(n.getProgrammeId()).orElseThrow(), seat,
						seat.map(c -> sessions.findByClassIdOrderByStartsAtAscIdAsc(c.getId())).orElse(List.of()),
						completions.existsByProgrammeIdAndLearnerId(n.getProgrammeId(), learnerId)));
			}
		});
		return new Mine(seats, classes.findTaughtBy(username));
	}

	/**
	 * Per unit in the caller's scope: nominated, seated, trained; the programme's target.
	 */
	public record UnitLine(long unitId, String unitCode, String unitName, long nominated, long seated, long trained) {
	}

	public record UnitReport(TrainingProgramme programme, List<UnitLine> lines, long nominated, long seated,
			long trained, long activeLearners) {

		/**
		 * Learners in scope per trained focal point (the plan's ~36), null before anyone
		 * is trained.
		 */
		public @Nullable Double learnersPerTrained() {
			return trained == 0 ? null : Math.round(activeLearners * 10.0 / trained) / 10.0;
		}
	}

	public UnitReport unitReport(long programmeId) {
		access.requireStaff();
		TrainingProgramme programme = programmes.findById(programmeId)
			.orElseThrow(() -> ProblemException.notFound("training.programme-not-found", programmeId));
		OrgScope scope = access.scope();
		List<Nomination> visible = nominations.findByProgrammeIdOrderByNominatedAtAscIdAsc(programmeId)
			.stream()
			.filter(n -> n.isActive() && scope.covers(n.getUnitPath()))
			.toList();
		Set<Long> trained = completions.findByProgrammeId(programmeId)
			.stream()
			.map(Completion::getNominationId)
			.collect(Collectors.toSet());
		Map<Long, List<Nomination>> byUnit = visible.stream()
			.collect(Collectors.groupingBy(Nomination::getUnitId, LinkedHashMap::new, Collectors.toList()));
		List<UnitLine> lines = new ArrayList<>();
		byUnit.forEach((unitId, list) -> {
			OrgUnitSummary unit = units.find(unitId).orElseThrow();
			lines.add(new UnitLine(unitId, unit.code(), unit.name(), list.size(),
					list.stream().filter(n -> n.getStatus() == NominationStatus.SEATED).count(),
					list.stream().filter(n -> trained.contains(n.getId())).count()));
		});
		long activeLearners = scope.rootPaths()
			.stream()
			.flatMap(root -> learners.countActiveByUnitAndCategory(root).values().stream())
			.flatMap(byCategory -> byCategory.values().stream())
			.mapToLong(Long::longValue)
			.sum();
		return new UnitReport(programme, lines, visible.size(), lines.stream().mapToLong(UnitLine::seated).sum(),
				lines.stream().mapToLong(UnitLine::trained).sum(), activeLearners);
	}

}
