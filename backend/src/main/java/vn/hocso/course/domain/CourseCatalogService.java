package vn.hocso.course.domain;

import java.util.Objects;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.hocso.course.CourseCatalog;

/** Published versions for other modules (waves, progress, quizzes, certificates). */
@Service
@Transactional(readOnly = true)
class CourseCatalogService implements CourseCatalog {

	private final CourseRepository courses;

	private final CourseVersionRepository versions;

	CourseCatalogService(CourseRepository courses, CourseVersionRepository versions) {
		this.courses = courses;
		this.versions = versions;
	}

	@Override
	public Optional<CourseVersionView> version(long courseVersionId) {
		return versions.findById(courseVersionId)
			.filter(CourseVersion::isPublished)
			.flatMap(version -> courses.findById(version.getCourseId()).map(course -> view(course, version)));
	}

	@Override
	public Optional<Long> courseIdOfCode(String code) {
		return courses.findByCode(code).map(Course::getId);
	}

	@Override
	public Optional<CourseVersionView> currentPublished(long courseId) {
		return courses.findById(courseId)
			.filter(course -> course.getStatus() == CourseStatus.PUBLISHED)
			.flatMap(course -> Optional.ofNullable(course.getCurrentVersionId())
				.flatMap(versions::findById)
				.map(version -> view(course, version)));
	}

	static CourseVersionView view(Course course, CourseVersion version) {
		return new CourseVersionView(course.getId(), version.getId(), version.getNumber(), course.getCode(),
				course.getTitle(), version.getCompletionPercent(), version.getExpectedMinutesPerDay(),
				version.getLectures().stream().map(CourseCatalogService::lecture).toList());
	}

	private static LectureView lecture(Lecture lecture) {
		return new LectureView(Objects.requireNonNull(lecture.getId()), lecture.getPosition(), lecture.getTitle(),
				lecture.getVideoMediaId(), lecture.getDurationSeconds(), lecture.getAttachmentMediaIds());
	}

}
