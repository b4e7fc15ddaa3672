package vn.hocso.quiz.domain;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import vn.hocso.platform.jobs.ClusterScheduled;

/**
 * Grades attempts whose learner never submitted (browser closed, connection lost) once
 * time is up.
 */
@Component
class OverdueAttemptSweep {

	private static final Logger log = LoggerFactory.getLogger(OverdueAttemptSweep.class);

	private final QuizAttempts attempts;

	OverdueAttemptSweep(QuizAttempts attempts) {
		this.attempts = attempts;
	}

	@ClusterScheduled(name = "quiz-overdue-sweep", fixedDelay = "${hocso.quiz.sweep-interval:15s}")
	void gradeOverdueAttempts() {
		int closed;
		do {
			closed = attempts.closeOverdue(500);
			if (closed > 0) {
				log.info("Graded {} quiz attempts whose time was up", closed);
			}
		}
		while (closed == 500);
	}

}
