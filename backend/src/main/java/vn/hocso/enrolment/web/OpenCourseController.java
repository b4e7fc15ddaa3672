package vn.hocso.enrolment.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.hocso.enrolment.domain.OpenCourses;
import vn.hocso.enrolment.domain.OpenCourses.OpenCourseView;
import vn.hocso.enrolment.domain.OpenCourses.SelfEnrolment;

@RestController
@Tag(name = "Open courses for citizens")
class OpenCourseController {

	private final OpenCourses openCourses;

	OpenCourseController(OpenCourses openCourses) {
		this.openCourses = openCourses;
	}

	@PutMapping("/api/open-courses/{courseId}")
	@PreAuthorize("hasRole('ADMIN')")
	@Operation(summary = "Open a published course to citizens (self-paced, no deadline); idempotent")
	OpenCourseView open(@PathVariable long courseId) {
		return openCourses.open(courseId);
	}

	@GetMapping("/api/public/open-courses")
	@Operation(summary = "Courses open to citizens, for anyone (no login)")
	List<OpenCourseView> list() {
		return openCourses.list();
	}

	@GetMapping("/api/public/open-courses/{courseId}")
	@Operation(summary = "One open course, for anyone (the landing page /c/{courseId} of a poster's QR code)")
	OpenCourseView get(@PathVariable long courseId) {
		return openCourses.get(courseId);
	}

	@PostMapping("/api/me/open-courses/{courseId}/enrolment")
	@PreAuthorize("hasRole('CITIZEN')")
	@Operation(
			summary = "Enrol the calling citizen in an open course (201; 200 with the same enrolment when already enrolled)")
	ResponseEntity<SelfEnrolment> enrolMe(@PathVariable long courseId) {
		SelfEnrolment enrolment = openCourses.enrolMe(courseId);
		return ResponseEntity.status(enrolment.created() ? HttpStatus.CREATED : HttpStatus.OK).body(enrolment);
	}

}
