package vn.hocso.course;

import org.jspecify.annotations.Nullable;

/**
 * What courses need to know of enrolments, implemented by the enrolment module (which
 * itself asks {@link CourseCatalog} when a wave is opened), so that the two modules do
 * not depend on each other.
 */
public interface CourseEnrolments {

	/** Whether this user is enrolled (not withdrawn) in any wave of this course. */
	boolean isEnrolledInCourse(String username, long courseId);

	/** The calling learner's own enrolment; a 404 problem for anyone else's. */
	OwnEnrolment requireOwn(long enrolmentId);

	/**
	 * @param courseVersionId the version the enrolment's wave teaches; null for waves
	 * older than courses
	 */
	record OwnEnrolment(long enrolmentId, long courseId, @Nullable Long courseVersionId) {
	}

}
