package vn.hocso.training.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.hocso.enrolment.EnrolmentDirectory;
import vn.hocso.platform.ProblemException;

/**
 * Attendance per session: marks from the teacher's phone (a batch, possibly replayed
 * after being offline) and check-ins by participants scanning the rotating QR code.
 */
@Service
@Transactional
public class AttendanceService {

	private final TrainingSessionRepository sessions;

	private final TrainingClassRepository classes;

	private final NominationRepository nominations;

	private final AttendanceRepository attendance;

	private final EnrolmentDirectory accounts;

	private final TrainingAccess access;

	private final Clock clock;

	AttendanceService(TrainingSessionRepository sessions, TrainingClassRepository classes,
			NominationRepository nominations, AttendanceRepository attendance, EnrolmentDirectory accounts,
			TrainingAccess access, Clock clock) {
		this.sessions = sessions;
		this.classes = classes;
		this.nominations = nominations;
		this.attendance = attendance;
		this.accounts = accounts;
		this.access = access;
		this.clock = clock;
	}

	/**
	 * One tap on the teacher's phone, for one participant (a seated nomination of the
	 * class); without the phone's time, or with one in the future, it is marked now.
	 */
	public record TeacherMark(long nominationId, @Nullable String clientId, boolean present, boolean late,
			boolean leftEarly, @Nullable Instant markedAt) {
	}

	public record BatchOutcome(int applied, int unchanged) {
	}

	/**
	 * Stores a batch of marks for a session. Replays and marks older than the stored one
	 * change nothing, so a phone may send the same batch any number of times.
	 */
	public BatchOutcome record(long sessionId, List<TeacherMark> marks) {
		TrainingSession session = requireSession(sessionId);
		TrainingClass trainingClass = classes.findById(session.getClassId()).orElseThrow();
		access.requireTeacherOf(trainingClass);
		Set<Long> seated = seatedIn(trainingClass.getId());
		Map<Long, Attendance> stored = new HashMap<>();
		attendance.findBySessionId(sessionId).forEach(a -> stored.put(a.getNominationId(), a));
		String by = access.caller().username();
		Instant now = clock.instant();
		int applied = 0;
		for (TeacherMark tap : marks) {
			if (!seated.contains(tap.nominationId())) {
				throw ProblemException.badRequest("training.not-in-class", tap.nominationId(), trainingClass.getName());
			}
			Attendance.Mark mark = new Attendance.Mark(tap.clientId(), tap.present(), tap.late(), tap.leftEarly(),
					AttendanceMethod.TEACHER, notInFuture(tap.markedAt(), now));
			Attendance existing = stored.get(tap.nominationId());
			if (existing == null) {
				stored.put(tap.nominationId(),
						attendance.save(new Attendance(sessionId, tap.nominationId(), mark, by, now)));
				applied++;
			}
			else if (existing.update(mark, by, now)) {
				applied++;
			}
		}
		// Flushed here so that a concurrent insert of the same (session, participant)
		// fails this request, not a later one.
		attendance.flush();
		return new BatchOutcome(applied, marks.size() - applied);
	}

	/** The code to show on the projector now, with the moment it stops being accepted. */
	@Transactional(readOnly = true)
	public RotatingCode.Shown showCode(long sessionId) {
		TrainingSession session = requireSession(sessionId);
		access.requireTeacherOf(classes.findById(session.getClassId()).orElseThrow());
		return RotatingCode.show(session.getQrSecret(), sessionId, clock.instant());
	}

	/**
	 * A participant checks in with the code they scanned; late when after the grace
	 * period.
	 */
	public Attendance checkIn(long sessionId, String code) {
		TrainingSession session = requireSession(sessionId);
		Instant now = clock.instant();
		switch (RotatingCode.check(session.getQrSecret(), sessionId, code, now)) {
			case EXPIRED -> throw ProblemException.conflict("training.qr-expired");
			case INVALID -> throw ProblemException.badRequest("training.qr-invalid");
			case VALID -> {
			}
		}
		session.requireCheckInOpen(now);
		String username = access.caller().username();
		long learnerId = accounts.learnerIdOfUsername(username)
			.orElseThrow(() -> ProblemException.forbidden("training.not-participant", username));
		TrainingClass trainingClass = classes.findById(session.getClassId()).orElseThrow();
		Nomination nomination = nominations.findByProgrammeIdAndLearnerId(trainingClass.getProgrammeId(), learnerId)
			.filter(n -> n.getStatus() == NominationStatus.SEATED
					&& Long.valueOf(trainingClass.getId()).equals(n.getClassId()))
			.orElseThrow(() -> ProblemException.forbidden("training.not-participant", username));
		Attendance.Mark mark = new Attendance.Mark(null, true, session.isLateAt(now), false, AttendanceMethod.QR, now);
		return attendance.findBySessionIdAndNominationId(sessionId, nomination.getId()).map(existing -> {
			// A second scan, or a scan after the teacher marked: the first arrival
			// stands.
			if (!existing.isPresent()) {
				existing.update(mark, username, now);
			}
			return existing;
		}).orElseGet(() -> attendance.saveAndFlush(new Attendance(sessionId, nomination.getId(), mark, username, now)));
	}

	TrainingSession requireSession(long sessionId) {
		return sessions.findById(sessionId)
			.orElseThrow(() -> ProblemException.notFound("training.session-not-found", sessionId));
	}

	Set<Long> seatedIn(long classId) {
		return nominations.findByClassIdAndStatusOrderByFullNameAscIdAsc(classId, NominationStatus.SEATED)
			.stream()
			.map(Nomination::getId)
			.collect(Collectors.toSet());
	}

	/** A phone with a clock ahead must not make its marks unbeatable. */
	private static Instant notInFuture(@Nullable Instant markedAt, Instant now) {
		return markedAt == null || markedAt.isAfter(now) ? now : markedAt;
	}

}
