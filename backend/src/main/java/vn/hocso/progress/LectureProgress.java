package vn.hocso.progress;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;

import vn.hocso.enrolment.EnrolmentRef;

/**
 * What other modules may ask of a learner's progress through their enrolment's course
 * version.
 */
public interface LectureProgress {

	/**
	 * True when every lecture of the enrolment's course version has reached its
	 * completion threshold.
	 */
	boolean allLecturesComplete(long enrolmentId);

	/** Lectures completed and study minutes so far, for homes, dashboards and exports. */
	Summary summary(long enrolmentId);

	/**
	 * Figures of many enrolments at once, as stored (every acknowledged heartbeat is):
	 * for dashboards and reminders. Keyed by enrolment id; an enrolment without a course
	 * version is left out.
	 */
	Map<Long, Figures> figures(Collection<EnrolmentRef> enrolments);

	record Summary(long enrolmentId, int lecturesCompleted, int lecturesTotal, long minutesStudied) {
	}

	/**
	 * @param remainingSeconds video still to watch to reach every lecture's completion
	 * threshold
	 * @param studySecondsByDay study time per Vietnam calendar day, counted once however
	 * many tabs played
	 */
	record Figures(long enrolmentId, int lecturesCompleted, int lecturesTotal, long remainingSeconds,
			Map<LocalDate, Long> studySecondsByDay) {

		public long studySecondsTotal() {
			return studySecondsByDay.values().stream().mapToLong(Long::longValue).sum();
		}

	}

}
