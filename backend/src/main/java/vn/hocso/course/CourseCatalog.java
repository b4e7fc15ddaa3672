package vn.hocso.course;

import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * What other modules may ask of courses: a frozen, published version with its lectures in
 * order. Not scoped (courses are province-wide); learner-facing callers check enrolment
 * themselves.
 */
public interface CourseCatalog {

	Optional<CourseVersionView> version(long courseVersionId);

	/** The id of the course with this code (e.g. to attach demo data seeded by code). */
	Optional<Long> courseIdOfCode(String code);

	/** The course's newest published version, which a new wave teaches. */
	Optional<CourseVersionView> currentPublished(long courseId);

	/** One published, frozen version of a course. */
	record CourseVersionView(long courseId, long courseVersionId, int versionNumber, String code, String title,
			int lectureCompletionPercent, int expectedMinutesPerDay, List<LectureView> lectures) {

		/** Total video minutes, rounded up: the course's hours on a certificate. */
		public int totalMinutes() {
			long seconds = lectures.stream().mapToLong(LectureView::durationSeconds).sum();
			return (int) ((seconds + 59) / 60);
		}

	}

	/**
	 * A lecture of a course version; ids are per version, so progress never crosses
	 * versions.
	 */
	record LectureView(long lectureId, int position, String title, @Nullable String videoMediaId, int durationSeconds,
			List<String> attachmentMediaIds) {
	}

}
