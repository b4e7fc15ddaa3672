package vn.hocso.enrolment.domain;

import org.springframework.stereotype.Component;

import vn.hocso.course.CourseEnrolments;
import vn.hocso.enrolment.EnrolmentDirectory;
import vn.hocso.enrolment.EnrolmentRef;

/**
 * Tells the course module who is enrolled in what, without it depending on enrolments.
 */
@Component
class CourseEnrolmentsService implements CourseEnrolments {

	private final EnrolmentDirectory directory;

	CourseEnrolmentsService(EnrolmentDirectory directory) {
		this.directory = directory;
	}

	@Override
	public boolean isEnrolledInCourse(String username, long courseId) {
		return directory.isEnrolledInCourse(username, courseId);
	}

	@Override
	public OwnEnrolment requireOwn(long enrolmentId) {
		EnrolmentRef ref = directory.requireOwn(enrolmentId);
		return new OwnEnrolment(ref.enrolmentId(), ref.courseId(), ref.courseVersionId());
	}

}
