package vn.hocso.progress;

/** What other modules may ask of a learner's progress through their enrolment's course version. */
public interface LectureProgress {

	/** True when every lecture of the enrolment's course version has reached its completion threshold. */
	boolean allLecturesComplete(long enrolmentId);

	/** Lectures completed and study minutes so far, for homes, dashboards and exports. */
	Summary summary(long enrolmentId);

	record Summary(long enrolmentId, int lecturesCompleted, int lecturesTotal, long minutesStudied) {
	}

}
