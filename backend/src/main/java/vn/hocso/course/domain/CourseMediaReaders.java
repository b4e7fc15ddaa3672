package vn.hocso.course.domain;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.hocso.course.CourseEnrolments;
import vn.hocso.media.MediaReaders;

/**
 * A learner may read a video or handout of any version of a course they are enrolled in.
 */
@Component
class CourseMediaReaders implements MediaReaders {

	private final CourseVersionRepository versions;

	private final CourseEnrolments enrolments;

	CourseMediaReaders(CourseVersionRepository versions, CourseEnrolments enrolments) {
		this.versions = versions;
		this.enrolments = enrolments;
	}

	@Override
	@Transactional(readOnly = true)
	public boolean learnerMayRead(String username, String mediaId) {
		return versions.courseIdsUsingMedia(mediaId)
			.stream()
			.anyMatch(courseId -> enrolments.isEnrolledInCourse(username, courseId));
	}

}
