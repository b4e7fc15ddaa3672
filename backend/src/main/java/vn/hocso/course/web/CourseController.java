package vn.hocso.course.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import vn.hocso.course.domain.CourseAuthoring;
import vn.hocso.course.domain.CourseAuthoring.CourseDetails;
import vn.hocso.course.domain.CourseAuthoring.LectureDetails;
import vn.hocso.course.domain.CourseQueries;
import vn.hocso.course.domain.CourseQueries.CourseSummary;
import vn.hocso.course.domain.CourseQueries.CourseView;
import vn.hocso.course.domain.CourseStatus;

@RestController
@Tag(name = "Courses")
class CourseController {

	private final CourseAuthoring authoring;

	private final CourseQueries queries;

	CourseController(CourseAuthoring authoring, CourseQueries queries) {
		this.authoring = authoring;
		this.queries = queries;
	}

	record CourseRequest(@NotBlank @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9._-]+") String code,
			@NotBlank @Size(max = 255) String title, @Nullable @Size(max = 4000) String description,
			@Nullable List<@Size(max = 100) String> tags) {

		CourseDetails details() {
			return new CourseDetails(code, title, description, tags == null ? List.of() : tags);
		}

	}

	record PolicyRequest(@NotNull @Min(1) @Max(100) Integer completionPercent,
			@NotNull @Min(1) @Max(600) Integer expectedMinutesPerDay) {
	}

	record LectureRequest(@NotBlank @Size(max = 255) String title, @Nullable @Size(max = 4000) String summary,
			@Nullable @Size(max = 64) String videoMediaId, @Nullable List<String> attachmentMediaIds) {

		LectureDetails details() {
			return new LectureDetails(title, summary, videoMediaId,
					attachmentMediaIds == null ? List.of() : attachmentMediaIds);
		}

	}

	@Schema(name = "LectureMoveRequest")
	record MoveRequest(@NotNull @Min(1) Integer position) {
	}

	@GetMapping("/api/courses")
	@Operation(summary = "Courses (staff), by code; ?status=PUBLISHED lists those a new wave may teach")
	List<CourseSummary> list(@RequestParam(required = false) @Nullable CourseStatus status) {
		return queries.list(status);
	}

	@PostMapping("/api/courses")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Create a course with an empty draft version (ADMIN)")
	CourseView create(@Valid @RequestBody CourseRequest request) {
		return queries.course(authoring.create(request.details()).getId());
	}

	@GetMapping("/api/courses/{courseId}")
	@Operation(summary = "A course with its lectures in order (video media id and duration, attachment media ids). "
			+ "Staff see the draft if there is one; learners the published version of a course they are enrolled in")
	CourseView course(@PathVariable long courseId) {
		return queries.course(courseId);
	}

	@PutMapping("/api/courses/{courseId}")
	@Operation(summary = "Change a course's title, description and tags (ADMIN); the code never changes")
	CourseView describe(@PathVariable long courseId, @Valid @RequestBody CourseRequest request) {
		authoring.describe(courseId, request.details());
		return queries.course(courseId);
	}

	@PutMapping("/api/courses/{courseId}/policy")
	@Operation(summary = "Set the lecture-completion threshold (%) and the expected minutes a day of the draft (ADMIN)")
	CourseView policy(@PathVariable long courseId, @Valid @RequestBody PolicyRequest request) {
		authoring.setPolicy(courseId, request.completionPercent(), request.expectedMinutesPerDay());
		return queries.course(courseId);
	}

	@PostMapping("/api/courses/{courseId}/publish")
	@Operation(
			summary = "Publish the draft: it is frozen and new waves teach it; running waves keep their version (ADMIN)")
	CourseView publish(@PathVariable long courseId) {
		authoring.publish(courseId);
		return queries.course(courseId);
	}

	@PostMapping("/api/courses/{courseId}/archive")
	@Operation(summary = "Archive a course: no new wave may teach it (ADMIN)")
	CourseView archive(@PathVariable long courseId) {
		authoring.archive(courseId);
		return queries.course(courseId);
	}

	@PostMapping("/api/courses/{courseId}/lectures")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Add a lecture at the end of the draft (ADMIN); editing a published course starts a new draft")
	CourseView addLecture(@PathVariable long courseId, @Valid @RequestBody LectureRequest request) {
		authoring.addLecture(courseId, request.details());
		return queries.course(courseId);
	}

	@PutMapping("/api/courses/{courseId}/lectures/{lectureId}")
	@Operation(summary = "Edit a lecture of the draft: title, summary, video and attachments (ADMIN)")
	CourseView editLecture(@PathVariable long courseId, @PathVariable long lectureId,
			@Valid @RequestBody LectureRequest request) {
		authoring.editLecture(courseId, lectureId, request.details());
		return queries.course(courseId);
	}

	@PostMapping("/api/courses/{courseId}/lectures/{lectureId}/move")
	@Operation(summary = "Move a lecture of the draft to a 1-based position (ADMIN)")
	CourseView moveLecture(@PathVariable long courseId, @PathVariable long lectureId,
			@Valid @RequestBody MoveRequest request) {
		authoring.moveLecture(courseId, lectureId, request.position());
		return queries.course(courseId);
	}

	@DeleteMapping("/api/courses/{courseId}/lectures/{lectureId}")
	@Operation(summary = "Remove a lecture from the draft (ADMIN)")
	CourseView removeLecture(@PathVariable long courseId, @PathVariable long lectureId) {
		authoring.removeLecture(courseId, lectureId);
		return queries.course(courseId);
	}

	@GetMapping("/api/enrolments/{enrolmentId}/course")
	@Operation(summary = "The course version the learner's enrolment keeps, with its lectures (own enrolments only); "
			+ "each video and handout carries a signed link (link.url, link.expiresAt), as GET /api/media/{id}/link gives")
	CourseView ofEnrolment(@PathVariable long enrolmentId) {
		return queries.ofEnrolment(enrolmentId);
	}

}
