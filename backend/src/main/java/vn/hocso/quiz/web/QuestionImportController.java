package vn.hocso.quiz.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import vn.hocso.quiz.importing.QuestionImports;
import vn.hocso.quiz.importing.QuestionImports.Report;

/** Question imports (dry run, then commit) and exports of a course's bank; ADMIN only. */
@RestController
@PreAuthorize("hasRole('ADMIN')")
@Tag(name = "Question banks")
class QuestionImportController {

	private static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final QuestionImports imports;

	QuestionImportController(QuestionImports imports) {
		this.imports = imports;
	}

	@PostMapping(path = "/api/courses/{courseId}/quiz/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(
			summary = "Import questions from .xlsx, Moodle XML or GIFT: commit=false reports only; commit=true stores all or none (422 with the report when the file has errors)")
	ResponseEntity<Report> importQuestions(@PathVariable long courseId, @RequestParam("file") MultipartFile file,
			@RequestParam(defaultValue = "false") boolean commit) throws IOException {
		byte[] content = file.getBytes();
		if (!commit) {
			return ResponseEntity.ok(imports.dryRun(courseId, content));
		}
		Report report = imports.commit(courseId, content);
		return ResponseEntity.status(report.hasErrors() ? HttpStatus.UNPROCESSABLE_CONTENT : HttpStatus.CREATED)
			.body(report);
	}

	@GetMapping("/api/quiz/import-template.xlsx")
	@Operation(summary = "The .xlsx template for question imports")
	ResponseEntity<byte[]> template() {
		return download(QuestionImports.template(), "mau-ngan-hang-cau-hoi.xlsx", XLSX);
	}

	@GetMapping("/api/courses/{courseId}/quiz/export.xlsx")
	@Operation(summary = "Export a course's bank as .xlsx (the import template's layout)")
	ResponseEntity<byte[]> exportXlsx(@PathVariable long courseId) {
		return download(imports.exportXlsx(courseId), "ngan-hang-cau-hoi-" + courseId + ".xlsx", XLSX);
	}

	@GetMapping("/api/courses/{courseId}/quiz/export.xml")
	@Operation(summary = "Export a course's bank as Moodle XML")
	ResponseEntity<byte[]> exportMoodle(@PathVariable long courseId) {
		return download(imports.exportMoodleXml(courseId), "ngan-hang-cau-hoi-" + courseId + ".xml",
				MediaType.APPLICATION_XML);
	}

	private static ResponseEntity<byte[]> download(byte[] body, String filename, MediaType type) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(filename, StandardCharsets.UTF_8).build().toString())
			.body(body);
	}

}
