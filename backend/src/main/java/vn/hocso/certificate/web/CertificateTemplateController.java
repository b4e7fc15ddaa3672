package vn.hocso.certificate.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.hocso.certificate.CertificateKind;
import vn.hocso.certificate.domain.CertificateTemplates;
import vn.hocso.certificate.web.CertificateViews.TemplateRequest;
import vn.hocso.certificate.web.CertificateViews.TemplateView;

@RestController
@Tag(name = "Certificates")
@PreAuthorize("hasRole('ADMIN')")
class CertificateTemplateController {

	private final CertificateTemplates templates;

	CertificateTemplateController(CertificateTemplates templates) {
		this.templates = templates;
	}

	@GetMapping("/api/certificate-template")
	@Operation(
			summary = "The HTML/CSS template certificates of a kind (COURSE by default, IN_PERSON or ASSESSMENT) are rendered from, and whether it is the ADMIN's or the default")
	TemplateView current(@RequestParam(defaultValue = "COURSE") CertificateKind kind) {
		return new TemplateView(templates.current(kind), templates.isCustom(kind));
	}

	@PutMapping("/api/certificate-template")
	@Operation(summary = "Replace the template (it must render); regenerate a wave's PDFs to apply it to them")
	TemplateView replace(@RequestParam(defaultValue = "COURSE") CertificateKind kind,
			@RequestBody TemplateRequest request) {
		templates.replace(kind, request.html());
		return current(kind);
	}

	@DeleteMapping("/api/certificate-template")
	@Operation(summary = "Go back to the default template")
	TemplateView reset(@RequestParam(defaultValue = "COURSE") CertificateKind kind) {
		templates.reset(kind);
		return current(kind);
	}

	@PostMapping("/api/certificate-template/preview")
	@Operation(summary = "Render a template with sample data (Nguyễn Thị Hồng Ánh) as a PDF, without saving it")
	ResponseEntity<byte[]> preview(@RequestParam(defaultValue = "COURSE") CertificateKind kind,
			@RequestBody TemplateRequest request) {
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF).body(templates.preview(kind, request.html()));
	}

}
