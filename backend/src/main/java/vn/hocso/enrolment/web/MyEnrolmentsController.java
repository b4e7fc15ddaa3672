package vn.hocso.enrolment.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.hocso.enrolment.domain.EnrolmentQueries;
import vn.hocso.enrolment.domain.EnrolmentQueries.ClassView;
import vn.hocso.enrolment.domain.EnrolmentQueries.MyEnrolment;

@RestController
@Tag(name = "Waves and enrolments")
class MyEnrolmentsController {

	private final EnrolmentQueries queries;

	MyEnrolmentsController(EnrolmentQueries queries) {
		this.queries = queries;
	}

	@GetMapping("/api/me/enrolments")
	@Operation(
			summary = "The caller's enrolments: wave, course, status, account-issued time, deadline, working days left")
	List<MyEnrolment> myEnrolments() {
		return queries.myEnrolments();
	}

	@GetMapping("/api/me/classes")
	@PreAuthorize("hasRole('TRAINER')")
	@Operation(summary = "The calling trainer's classes with each learner's status and deadline")
	List<ClassView> myClasses() {
		return queries.myClasses();
	}

}
