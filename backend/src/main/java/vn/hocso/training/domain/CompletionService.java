package vn.hocso.training.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.hocso.training.FocalPointTrained;

/**
 * Applies the programme's completion rule to a class once its sessions are over. Each official
 * completes a programme once: the row is unique, and {@link FocalPointTrained} goes out only with it.
 */
@Service
@Transactional
public class CompletionService {

	private final TrainingClassRepository classes;

	private final TrainingSessionRepository sessions;

	private final NominationRepository nominations;

	private final AttendanceRepository attendance;

	private final CompletionRepository completions;

	private final TrainingAccess access;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	CompletionService(TrainingClassRepository classes,
			TrainingSessionRepository sessions, NominationRepository nominations, AttendanceRepository attendance,
			CompletionRepository completions, TrainingAccess access, ApplicationEventPublisher events, Clock clock) {
		this.classes = classes;
		this.sessions = sessions;
		this.nominations = nominations;
		this.attendance = attendance;
		this.completions = completions;
		this.access = access;
		this.events = events;
		this.clock = clock;
	}

	public record Outcome(int completedNow, int alreadyCompleted, int notMeetingRule) {
	}

	public Outcome complete(long classId) {
		TrainingClass trainingClass = classes.findById(classId)
			.orElseThrow(() -> vn.hocso.platform.ProblemException.notFound("training.class-not-found", classId));
		access.requireTeacherOf(trainingClass);
		TrainingProgramme programme = nominations.lockProgramme(trainingClass.getProgrammeId()).orElseThrow();
		List<Long> sessionIds = sessions.findByClassIdOrderByStartsAtAscIdAsc(classId)
			.stream()
			.map(TrainingSession::getId)
			.toList();
		Map<Long, Long> attended = attendance.findBySessionIdIn(sessionIds)
			.stream()
			.filter(Attendance::isPresent)
			.collect(Collectors.groupingBy(Attendance::getNominationId, Collectors.counting()));
		Instant now = clock.instant();
		int completedNow = 0;
		int already = 0;
		int short_ = 0;
		for (Nomination nomination : nominations.findByClassIdAndStatusOrderByFullNameAscIdAsc(classId,
				NominationStatus.SEATED)) {
			int count = attended.getOrDefault(nomination.getId(), 0L).intValue();
			if (!programme.completes(count)) {
				short_++;
			}
			else if (completions.existsByProgrammeIdAndLearnerId(programme.getId(), nomination.getLearnerId())) {
				already++;
			}
			else {
				Completion completion = completions.saveAndFlush(
						new Completion(nomination, count, access.caller().username(), now));
				events.publishEvent(new FocalPointTrained(completion.getId(), programme.getId(),
						nomination.getLearnerId(), nomination.getUnitId(), now));
				completedNow++;
			}
		}
		return new Outcome(completedNow, already, short_);
	}

	@Transactional(readOnly = true)
	public List<Completion> ofProgramme(long programmeId) {
		return completions.findByProgrammeId(programmeId);
	}

}
