package vn.hocso.course.domain;

import java.time.Clock;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.hocso.identity.CurrentCaller;
import vn.hocso.media.MediaInfo;
import vn.hocso.media.MediaKind;
import vn.hocso.media.MediaLibrary;
import vn.hocso.platform.ProblemException;

/**
 * Creating and editing courses (ADMIN). Every content edit goes to the course's draft
 * version; when the course has none, the published version is copied into a new draft
 * first, so what running waves teach never changes.
 */
@Service
@Transactional
@PreAuthorize("hasRole('ADMIN')")
public class CourseAuthoring {

	private final CourseRepository courses;

	private final CourseVersionRepository versions;

	private final MediaLibrary media;

	private final CurrentCaller caller;

	private final Clock clock;

	CourseAuthoring(CourseRepository courses, CourseVersionRepository versions, MediaLibrary media,
			CurrentCaller caller, Clock clock) {
		this.courses = courses;
		this.versions = versions;
		this.media = media;
		this.caller = caller;
		this.clock = clock;
	}

	public record CourseDetails(String code, String title, @Nullable String description, List<String> tags) {
	}

	public record LectureDetails(String title, @Nullable String summary, @Nullable String videoMediaId,
			List<String> attachmentMediaIds) {
	}

	public Course create(CourseDetails details) {
		String code = details.code().strip();
		if (courses.existsByCode(code)) {
			throw ProblemException.conflict("course.code-taken", code);
		}
		Course course = courses.save(new Course(code, details.title().strip(), blankToNull(details.description()),
				cleanTags(details.tags()), caller.get().username(), clock.instant()));
		CourseVersion first = versions.save(new CourseVersion(course.getId(), 1));
		course.startDraft(first.getId());
		return course;
	}

	public Course describe(long courseId, CourseDetails details) {
		Course course = load(courseId);
		String code = details.code().strip();
		if (!code.equals(course.getCode())) {
			throw ProblemException.badRequest("course.code-immutable", course.getCode());
		}
		course.describe(details.title().strip(), blankToNull(details.description()), cleanTags(details.tags()));
		return course;
	}

	public CourseVersion setPolicy(long courseId, int completionPercent, int expectedMinutesPerDay) {
		CourseVersion draft = draftOf(load(courseId));
		draft.setPolicy(completionPercent, expectedMinutesPerDay);
		return draft;
	}

	public Lecture addLecture(long courseId, LectureDetails details) {
		CourseVersion draft = draftOf(load(courseId));
		Lecture lecture = draft.addLecture(details.title().strip(), blankToNull(details.summary()));
		applyMedia(lecture, details);
		versions.flush();
		return lecture;
	}

	public Lecture editLecture(long courseId, long lectureId, LectureDetails details) {
		Course course = load(courseId);
		CourseVersion draft = draftOf(course);
		Lecture lecture = draft.lecture(draftLectureId(course, draft, lectureId));
		lecture.describe(details.title().strip(), blankToNull(details.summary()));
		applyMedia(lecture, details);
		return lecture;
	}

	public CourseVersion moveLecture(long courseId, long lectureId, int toPosition) {
		Course course = load(courseId);
		CourseVersion draft = draftOf(course);
		draft.moveLecture(draftLectureId(course, draft, lectureId), toPosition);
		return draft;
	}

	public CourseVersion removeLecture(long courseId, long lectureId) {
		Course course = load(courseId);
		CourseVersion draft = draftOf(course);
		draft.removeLecture(draftLectureId(course, draft, lectureId));
		return draft;
	}

	/**
	 * Freezes the draft; new waves teach it from now on, running ones keep their version.
	 */
	public Course publish(long courseId) {
		Course course = load(courseId);
		Long draftId = course.getDraftVersionId();
		if (draftId == null) {
			throw ProblemException.conflict("course.nothing-to-publish", course.getCode());
		}
		CourseVersion draft = versions.findById(draftId).orElseThrow();
		draft.publish(caller.get().username(), clock.instant());
		course.published(draft.getId());
		return course;
	}

	public Course archive(long courseId) {
		Course course = load(courseId);
		course.archive();
		return course;
	}

	private void applyMedia(Lecture lecture, LectureDetails details) {
		String videoId = details.videoMediaId();
		if (videoId == null || videoId.isBlank()) {
			lecture.showVideo(null, 0);
		}
		else {
			MediaInfo video = media.find(videoId)
				.orElseThrow(() -> ProblemException.notFound("media.not-found", videoId));
			if (!video.kind().isVideo()) {
				throw ProblemException.badRequest("course.video-not-a-video", video.fileName());
			}
			lecture.showVideo(video.id(), Objects.requireNonNullElse(video.durationSeconds(), 0));
		}
		for (String attachmentId : details.attachmentMediaIds()) {
			MediaInfo attachment = media.find(attachmentId)
				.orElseThrow(() -> ProblemException.notFound("media.not-found", attachmentId));
			if (attachment.kind() != MediaKind.PDF && attachment.kind() != MediaKind.PPTX) {
				throw ProblemException.badRequest("course.attachment-not-a-document", attachment.fileName());
			}
		}
		lecture.attach(details.attachmentMediaIds().stream().distinct().toList());
	}

	/** The course's draft, created from the published version when there is none. */
	CourseVersion draftOf(Course course) {
		course.requireNotArchived();
		Long draftId = course.getDraftVersionId();
		if (draftId != null) {
			return versions.findById(draftId).orElseThrow();
		}
		CourseVersion current = versions.findById(Objects.requireNonNull(course.getCurrentVersionId())).orElseThrow();
		CourseVersion draft = versions.saveAndFlush(current.nextDraft(versions.lastNumber(course.getId()) + 1));
		course.startDraft(draft.getId());
		return draft;
	}

	/**
	 * Editors may name a lecture by its id in the published version (what they saw before
	 * the draft existed); that lecture's copy in the draft sits at the same position.
	 */
	private long draftLectureId(Course course, CourseVersion draft, long lectureId) {
		boolean inDraft = draft.getLectures().stream().anyMatch(l -> Objects.equals(l.getId(), lectureId));
		Long currentId = course.getCurrentVersionId();
		if (inDraft || currentId == null) {
			return lectureId;
		}
		CourseVersion current = versions.findById(currentId).orElseThrow();
		int position = current.lecture(lectureId).getPosition();
		return Objects.requireNonNull(draft.getLectures().get(position - 1).getId());
	}

	private Course load(long courseId) {
		return courses.findById(courseId).orElseThrow(() -> ProblemException.notFound("course.not-found", courseId));
	}

	private static List<String> cleanTags(List<String> tags) {
		return tags.stream().map(String::strip).filter(tag -> !tag.isEmpty()).distinct().toList();
	}

	private static @Nullable String blankToNull(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

}
