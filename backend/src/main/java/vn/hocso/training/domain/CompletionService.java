package vn.hocso.training.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.hocso.exam.ExamPassed;
import vn.hocso.platform.ProblemException;
import vn.hocso.training.FocalPointTrained;

/**
 * Applies the programme's completion rule to a class once its sessions are over. Each
 * official completes a programme once: the row is unique, and {@link FocalPointTrained}
 * goes out only with it.
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

	private final FinalExams finalExams;

	CompletionService(TrainingClassRepository classes, TrainingSessionRepository sessions,
			NominationRepository nominations, AttendanceRepository attendance, CompletionRepository completions,
			TrainingAccess access, ApplicationEventPublisher events, Clock clock, FinalExams finalExams) {
		this.finalExams = finalExams;
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
			.orElseThrow(() -> ProblemException.notFound("training.class-not-found", classId));
		access.requireTeacherOf(trainingClass);
		TrainingProgramme programme = nominations.lockProgramme(trainingClass.getProgrammeId()).orElseThrow();
		Map<Long, Long> attended = attendedIn(classId);
		List<Nomination> seated = nominations.findByClassIdAndStatusOrderByFullNameAscIdAsc(classId,
				NominationStatus.SEATED);
		Set<Long> passed = finalExams.passedAmong(programme, seated.stream().map(Nomination::getLearnerId).toList());
		Instant now = clock.instant();
		int completedNow = 0;
		int already = 0;
		int short_ = 0;
		for (Nomination nomination : seated) {
			int count = attended.getOrDefault(nomination.getId(), 0L).intValue();
			if (!programme.completes(count, passed.contains(nomination.getLearnerId()))) {
				short_++;
			}
			else if (completions.existsByProgrammeIdAndLearnerId(programme.getId(), nomination.getLearnerId())) {
				already++;
			}
			else {
				completeOne(programme, nomination, count, access.caller().username(), now);
				completedNow++;
			}
		}
		return new Outcome(completedNow, already, short_);
	}

	/**
	 * A final exam passed after the class was completed: the official completes now if
	 * their attendance meets the rule (in the grading transaction, like every completion,
	 * once).
	 */
	@EventListener
	void on(ExamPassed passed) {
		for (TrainingProgramme programme : finalExams.programmesWith(passed.examId())) {
			TrainingProgramme locked = nominations.lockProgramme(programme.getId()).orElseThrow();
			if (completions.existsByProgrammeIdAndLearnerId(locked.getId(), passed.learnerId())) {
				continue;
			}
			for (Nomination nomination : finalExams.seatedNominationsOf(locked, passed.learnerId())) {
				Long classId = nomination.getClassId();
				int count = classId == null ? 0 : attendedIn(classId).getOrDefault(nomination.getId(), 0L).intValue();
				if (locked.completes(count, true)) {
					completeOne(locked, nomination, count, "exam:" + passed.examId(), passed.passedAt());
					break;
				}
			}
		}
	}

	private Map<Long, Long> attendedIn(long classId) {
		List<Long> sessionIds = sessions.findByClassIdOrderByStartsAtAscIdAsc(classId)
			.stream()
			.map(TrainingSession::getId)
			.toList();
		return attendance.findBySessionIdIn(sessionIds)
			.stream()
			.filter(Attendance::isPresent)
			.collect(Collectors.groupingBy(Attendance::getNominationId, Collectors.counting()));
	}

	private void completeOne(TrainingProgramme programme, Nomination nomination, int count, String by, Instant at) {
		Completion completion = completions.saveAndFlush(new Completion(nomination, count, by, at));
		events.publishEvent(new FocalPointTrained(completion.getId(), programme.getId(), nomination.getLearnerId(),
				nomination.getUnitId(), at));
	}

	@Transactional(readOnly = true)
	public List<Completion> ofProgramme(long programmeId) {
		return completions.findByProgrammeId(programmeId);
	}

}
