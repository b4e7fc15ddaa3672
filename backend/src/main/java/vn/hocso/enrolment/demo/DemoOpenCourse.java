package vn.hocso.enrolment.demo;

import org.springframework.stereotype.Component;

import vn.hocso.enrolment.domain.OpenCourses;

/**
 * Opens the demo course to citizens and enrols the demo citizens in it (demo scenario).
 */
@Component
public class DemoOpenCourse {

	private final OpenCourses openCourses;

	DemoOpenCourse(OpenCourses openCourses) {
		this.openCourses = openCourses;
	}

	/**
	 * Opens the course (idempotent; the caller is signed in as ADMIN) and enrols the
	 * learner; the enrolment id.
	 */
	public long enrol(long courseId, long learnerId) {
		openCourses.open(courseId);
		return openCourses.enrolForDemo(courseId, learnerId);
	}

}
