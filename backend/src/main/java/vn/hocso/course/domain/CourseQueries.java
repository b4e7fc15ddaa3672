package vn.hocso.course.domain;

import java.util.List;
import java.util.Objects;

import io.swagger.v3.oas.annotations.media.Schema;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.hocso.course.CourseEnrolments;
import vn.hocso.course.CourseEnrolments.OwnEnrolment;
import vn.hocso.identity.CurrentCaller;
import vn.hocso.identity.Role;
import vn.hocso.media.MediaInfo;
import vn.hocso.media.MediaLibrary;
import vn.hocso.media.MediaLibrary.SignedMediaLink;
import vn.hocso.platform.ProblemException;

/**
 * Reading courses: staff see the version being edited (or the published one), learners
 * only the published version of a course they are enrolled in, or the version their
 * enrolment keeps.
 */
@Service
@Transactional(readOnly = true)
public class CourseQueries {

	private final CourseRepository courses;

	private final CourseVersionRepository versions;

	private final CourseEnrolments enrolments;

	private final MediaLibrary media;

	private final CurrentCaller caller;

	CourseQueries(CourseRepository courses, CourseVersionRepository versions, CourseEnrolments enrolments,
			MediaLibrary media, CurrentCaller caller) {
		this.courses = courses;
		this.versions = versions;
		this.enrolments = enrolments;
		this.media = media;
		this.caller = caller;
	}

	public record CourseSummary(long id, String code, String title, List<String> tags, CourseStatus status,
			@Nullable Long publishedVersionId, boolean hasDraft) {
	}

	/**
	 * A lecture's video or handout. In the learner's course
	 * ({@code /api/enrolments/{id}/course}) it also carries a signed link, so the player
	 * needs no {@code /api/media/{id}/link} round trip before the video (issue 14);
	 * elsewhere {@code link} is null.
	 */
	public record MediaRef(String mediaId, String fileName, String kind, long sizeBytes,
			@Schema(description = "A signed link to stream or download the file, as GET /api/media/{id}/link answers; "
					+ "only in the course of an enrolment (null elsewhere)",
					nullable = true) @Nullable SignedMediaLink link) {
	}

	public record LectureView(long id, int position, String title, @Nullable String summary,
			@Nullable String videoMediaId, int durationSeconds, List<String> attachmentMediaIds,
			@Nullable MediaRef video, List<MediaRef> attachments) {
	}

	public record CourseView(long id, String code, String title, @Nullable String description, List<String> tags,
			CourseStatus status, long versionId, int versionNumber, boolean versionPublished,
			@Nullable Long publishedVersionId, boolean hasDraft, int completionPercent, int expectedMinutesPerDay,
			int totalMinutes, List<LectureView> lectures) {
	}

	/**
	 * Staff: every course; learners: none (they reach courses through their enrolments).
	 */
	public List<CourseSummary> list(@Nullable CourseStatus status) {
		requireStaff();
		return courses.findAllByOrderByCodeAsc()
			.stream()
			.filter(course -> status == null || course.getStatus() == status)
			.map(course -> new CourseSummary(course.getId(), course.getCode(), course.getTitle(), course.getTags(),
					course.getStatus(), course.getCurrentVersionId(), course.getDraftVersionId() != null))
			.toList();
	}

	public CourseView course(long courseId) {
		Course course = courses.findById(courseId)
			.orElseThrow(() -> ProblemException.notFound("course.not-found", courseId));
		if (isStaff()) {
			Long versionId = course.getDraftVersionId() != null ? course.getDraftVersionId()
					: course.getCurrentVersionId();
			return view(course, versions.findById(Objects.requireNonNull(versionId)).orElseThrow(), false);
		}
		Long current = course.getCurrentVersionId();
		if (current == null || !enrolments.isEnrolledInCourse(caller.get().username(), courseId)) {
			throw ProblemException.notFound("course.not-found", courseId);
		}
		return view(course, versions.findById(current).orElseThrow(), false);
	}

	/**
	 * The version a learner's enrolment keeps (staff may look too), with signed links to
	 * its media: whoever may read the enrolment's course may read its lectures' files
	 * (see CourseMediaReaders).
	 */
	public CourseView ofEnrolment(long enrolmentId) {
		OwnEnrolment enrolment = enrolments.requireOwn(enrolmentId);
		Course course = courses.findById(enrolment.courseId())
			.orElseThrow(() -> ProblemException.notFound("course.not-found", enrolment.courseId()));
		Long versionId = enrolment.courseVersionId() != null ? enrolment.courseVersionId()
				: course.getCurrentVersionId();
		if (versionId == null) {
			throw ProblemException.notFound("course.not-found", enrolment.courseId());
		}
		return view(course, versions.findById(versionId).orElseThrow(), true);
	}

	private CourseView view(Course course, CourseVersion version, boolean withLinks) {
		List<LectureView> lectures = version.getLectures()
			.stream()
			.map(lecture -> new LectureView(Objects.requireNonNull(lecture.getId()), lecture.getPosition(),
					lecture.getTitle(), lecture.getSummary(), lecture.getVideoMediaId(), lecture.getDurationSeconds(),
					lecture.getAttachmentMediaIds(), ref(lecture.getVideoMediaId(), withLinks),
					lecture.getAttachmentMediaIds()
						.stream()
						.map(id -> ref(id, withLinks))
						.filter(Objects::nonNull)
						.toList()))
			.toList();
		long seconds = lectures.stream().mapToLong(LectureView::durationSeconds).sum();
		return new CourseView(course.getId(), course.getCode(), course.getTitle(), course.getDescription(),
				course.getTags(), course.getStatus(), version.getId(), version.getNumber(), version.isPublished(),
				course.getCurrentVersionId(), course.getDraftVersionId() != null, version.getCompletionPercent(),
				version.getExpectedMinutesPerDay(), (int) ((seconds + 59) / 60), lectures);
	}

	private @Nullable MediaRef ref(@Nullable String mediaId, boolean withLink) {
		if (mediaId == null) {
			return null;
		}
		return media.find(mediaId)
			.map((MediaInfo info) -> new MediaRef(info.id(), info.fileName(), info.kind().name(), info.sizeBytes(),
					withLink ? media.signedLink(info.id()) : null))
			.orElse(null);
	}

	private boolean isStaff() {
		return caller.get().hasAny(Role.ADMIN, Role.REPORTER, Role.VERIFIER, Role.UNIT_ADMIN, Role.TRAINER);
	}

	private void requireStaff() {
		if (!isStaff()) {
			throw ProblemException.forbidden("course.staff-only");
		}
	}

}
