package vn.hocso.training.domain;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.hocso.organization.OrgUnitDirectory;
import vn.hocso.organization.OrgUnitSummary;
import vn.hocso.platform.ProblemException;
import vn.hocso.platform.VietnamTime;

/** Opens programmes and their classes (ADMIN). */
@Service
@Transactional
public class ProgrammeService {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final ProgrammeRepository programmes;

	private final TrainingClassRepository classes;

	private final TrainingSessionRepository sessions;

	private final OrgUnitDirectory units;

	private final TrainingAccess access;

	private final Clock clock;

	ProgrammeService(ProgrammeRepository programmes, TrainingClassRepository classes,
			TrainingSessionRepository sessions, OrgUnitDirectory units, TrainingAccess access, Clock clock) {
		this.programmes = programmes;
		this.classes = classes;
		this.sessions = sessions;
		this.units = units;
		this.access = access;
		this.clock = clock;
	}

	public TrainingProgramme open(TrainingProgramme.Shape shape) {
		access.requireAdmin();
		return programmes.save(new TrainingProgramme(shape, access.caller().username(), clock.instant()));
	}

	public record NewClass(String name, String venue, LocalDate startDate, @Nullable Integer seats,
			@Nullable Long areaUnitId, Set<String> teachers) {
	}

	/**
	 * Adds a class with its sessions: each day of the class, a morning and an afternoon.
	 */
	public TrainingClass addClass(long programmeId, NewClass request) {
		access.requireAdmin();
		TrainingProgramme programme = require(programmeId);
		if (classes.countByProgrammeId(programmeId) >= programme.getClassCount()) {
			throw ProblemException.conflict("training.class-count-reached", programme.getClassCount());
		}
		LocalDate lastDay = request.startDate().plusDays(programme.getDaysPerClass() - 1L);
		if (request.startDate().isBefore(programme.getPeriodStart()) || lastDay.isAfter(programme.getPeriodEnd())) {
			throw ProblemException.badRequest("training.class-outside-period", request.startDate(),
					programme.getPeriodStart(), programme.getPeriodEnd());
		}
		String areaPath = null;
		Long areaUnitId = request.areaUnitId();
		if (areaUnitId != null) {
			OrgUnitSummary area = units.find(areaUnitId)
				.orElseThrow(() -> ProblemException.notFound("org-unit.not-found", areaUnitId));
			areaPath = area.path();
		}
		int seats = request.seats() == null ? programme.getSeatsPerClass() : request.seats();
		TrainingClass saved = classes.save(new TrainingClass(programmeId, request.name(), request.venue(),
				request.startDate(), seats, areaPath, request.teachers()));
		List<TrainingSession> slots = new ArrayList<>();
		for (int day = 1; day <= programme.getDaysPerClass(); day++) {
			LocalDate date = request.startDate().plusDays(day - 1L);
			for (SessionPart part : SessionPart.values()) {
				slots.add(new TrainingSession(saved.getId(), day, part,
						date.atTime(part.starts()).atZone(VietnamTime.ZONE).toInstant(),
						date.atTime(part.ends()).atZone(VietnamTime.ZONE).toInstant(), newSecret()));
			}
		}
		sessions.saveAll(slots);
		return saved;
	}

	/** Moves a session to new times (the class's teachers, ADMIN). */
	public TrainingSession reschedule(long sessionId, Instant startsAt, Instant endsAt) {
		TrainingSession session = sessions.findById(sessionId)
			.orElseThrow(() -> ProblemException.notFound("training.session-not-found", sessionId));
		access.requireTeacherOf(classes.findById(session.getClassId()).orElseThrow());
		session.reschedule(startsAt, endsAt);
		return session;
	}

	@Transactional(readOnly = true)
	public List<TrainingProgramme> list() {
		access.requireStaff();
		return programmes.findAllByOrderByPeriodStartDescIdDesc();
	}

	@Transactional(readOnly = true)
	public TrainingProgramme get(long programmeId) {
		access.requireStaff();
		return require(programmeId);
	}

	@Transactional(readOnly = true)
	public List<TrainingClass> classesOf(long programmeId) {
		access.requireStaff();
		require(programmeId);
		return classes.findByProgrammeIdOrderByStartDateAscIdAsc(programmeId);
	}

	TrainingProgramme require(long programmeId) {
		return programmes.findById(programmeId)
			.orElseThrow(() -> ProblemException.notFound("training.programme-not-found", programmeId));
	}

	private static String newSecret() {
		byte[] bytes = new byte[24];
		RANDOM.nextBytes(bytes);
		return HexFormat.of().formatHex(bytes);
	}

}
