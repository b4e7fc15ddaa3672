package vn.hocso.dashboard.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import vn.hocso.dashboard.domain.Dashboard;
import vn.hocso.dashboard.domain.DashboardService;
import vn.hocso.dashboard.domain.DashboardWorkbook;

@RestController
@Tag(name = "Dashboards")
class DashboardController {

	private static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final DashboardService dashboards;

	private final MessageSource messages;

	DashboardController(DashboardService dashboards, MessageSource messages) {
		this.dashboards = dashboards;
		this.messages = messages;
	}

	@GetMapping("/api/classes/{classId}/dashboard")
	@Operation(
			summary = "A class's learners with their pace, lectures completed and study minutes per day (its trainer, unit admins over it, admins)")
	Dashboard classDashboard(@PathVariable long classId) {
		return dashboards.ofClass(classId);
	}

	@GetMapping("/api/waves/{waveId}/dashboard")
	@Operation(
			summary = "A wave's learners within the caller's scope (a trainer: their classes), with per-unit aggregates")
	Dashboard waveDashboard(@PathVariable long waveId) {
		return dashboards.ofWave(waveId);
	}

	@GetMapping("/api/classes/{classId}/dashboard.xlsx")
	@Operation(summary = "The class dashboard as an .xlsx workbook")
	ResponseEntity<byte[]> classWorkbook(@PathVariable long classId, Locale locale) throws IOException {
		return workbook(dashboards.ofClass(classId), "lop-" + classId, locale);
	}

	@GetMapping("/api/waves/{waveId}/dashboard.xlsx")
	@Operation(summary = "The wave dashboard as an .xlsx workbook")
	ResponseEntity<byte[]> waveWorkbook(@PathVariable long waveId, Locale locale) throws IOException {
		return workbook(dashboards.ofWave(waveId), "dot-" + waveId, locale);
	}

	@PostMapping("/api/classes/{classId}/reminders")
	@Operation(summary = "Remind selected learners of the class (in the app and by e-mail); once a day per learner")
	DashboardService.ReminderOutcome remind(@PathVariable long classId, @RequestBody RemindRequest request) {
		return dashboards.remind(classId, request.enrolmentIds() == null ? List.of() : request.enrolmentIds());
	}

	record RemindRequest(@Nullable List<Long> enrolmentIds) {
	}

	private ResponseEntity<byte[]> workbook(Dashboard dashboard, String name, Locale locale) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		DashboardWorkbook.write(dashboard, messages, locale, out);
		return ResponseEntity.ok()
			.contentType(XLSX)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("tien-do-" + name + ".xlsx").build().toString())
			.body(out.toByteArray());
	}

}
