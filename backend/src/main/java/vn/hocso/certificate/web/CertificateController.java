package vn.hocso.certificate.web;

import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import jakarta.servlet.http.HttpServletResponse;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.hocso.certificate.document.OpenBadgeCredentials;
import vn.hocso.certificate.document.SigningKeys;
import vn.hocso.certificate.domain.Certificate;
import vn.hocso.certificate.domain.CertificateAccess;
import vn.hocso.certificate.domain.CertificateFiles;
import vn.hocso.certificate.domain.CertificateIssuer;
import vn.hocso.certificate.domain.CertificateProperties;
import vn.hocso.certificate.domain.RegenerationJob;
import vn.hocso.certificate.domain.RegenerationJobs;
import vn.hocso.certificate.web.CertificateViews.CertificateView;
import vn.hocso.certificate.web.CertificateViews.JobView;
import vn.hocso.certificate.web.CertificateViews.RevokeRequest;
import vn.hocso.platform.ProblemException;

@RestController
@Tag(name = "Certificates")
class CertificateController {

	private final CertificateAccess access;

	private final CertificateIssuer issuer;

	private final CertificateFiles files;

	private final RegenerationJobs jobs;

	private final SigningKeys keys;

	private final CertificateProperties properties;

	private final Clock clock;

	CertificateController(CertificateAccess access, CertificateIssuer issuer, CertificateFiles files,
			RegenerationJobs jobs, SigningKeys keys, CertificateProperties properties, Clock clock) {
		this.access = access;
		this.issuer = issuer;
		this.files = files;
		this.jobs = jobs;
		this.keys = keys;
		this.properties = properties;
		this.clock = clock;
	}

	@GetMapping("/api/me/certificates")
	@Operation(summary = "The calling learner's certificates, newest first, with their verification links")
	List<CertificateView> mine() {
		return access.mine().stream().map(this::view).toList();
	}

	@GetMapping("/api/certificates")
	@PreAuthorize("@accessPolicy.may('CERTIFICATE_READ')")
	@Operation(summary = "Certificates in the caller's subtree, optionally of one unit's subtree or one wave")
	List<CertificateView> list(@RequestParam(required = false) @Nullable Long unitId,
			@RequestParam(required = false) @Nullable Long waveId) {
		return access.list(unitId, waveId).stream().map(this::view).toList();
	}

	@GetMapping("/api/certificates/{id}")
	@Operation(summary = "One certificate (its learner, or staff in scope)")
	CertificateView one(@PathVariable long id) {
		return view(access.requireReadable(id));
	}

	@GetMapping("/api/certificates/{id}/pdf")
	@Operation(summary = "The certificate as an A4 PDF (its learner, or staff in scope)")
	ResponseEntity<byte[]> pdf(@PathVariable long id) {
		Certificate certificate = access.requireFile(id);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, attachment(certificate.getSerial() + ".pdf"))
			.body(files.pdf(certificate));
	}

	@GetMapping("/api/certificates/{id}/badge")
	@Operation(
			summary = "The certificate as a signed Open Badges 3.0 OpenBadgeCredential (eddsa-jcs-2022 proof); course certificates only (404 for an in-person programme's or an exam's)")
	ResponseEntity<Map<String, Object>> badge(@PathVariable long id) {
		Certificate certificate = access.requireFile(id);
		Long courseId = certificate.getCourseId();
		if (courseId == null) {
			// An Open Badge names a course's achievement; other kinds have none
			// published.
			throw ProblemException.notFound("certificate.no-badge", certificate.getSerial());
		}
		Map<String, Object> credential = OpenBadgeCredentials.signed(certificate.content(), courseId,
				properties.publicBaseUrl(), keys, clock.instant());
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_JSON)
			.header(HttpHeaders.CONTENT_DISPOSITION, attachment(certificate.getSerial() + ".badge.json"))
			.body(credential);
	}

	@PostMapping("/api/certificates/{id}/revoke")
	@PreAuthorize("hasRole('ADMIN')")
	@Operation(summary = "Revoke a certificate with a reason (ADMIN); the public page shows it revoked")
	CertificateView revoke(@PathVariable long id, @RequestBody RevokeRequest request) {
		return view(access.revoke(id, request.reason()));
	}

	@PostMapping("/api/certificates/{id}/reissue")
	@PreAuthorize("hasRole('ADMIN')")
	@Operation(
			summary = "Re-issue with the learner's current details (after a name correction); the old one becomes SUPERSEDED")
	ResponseEntity<CertificateView> reissue(@PathVariable long id) {
		return ResponseEntity.status(HttpStatus.CREATED).body(view(issuer.reissue(id)));
	}

	@GetMapping("/api/classes/{classId}/certificates.zip")
	@PreAuthorize("@accessPolicy.may('CERTIFICATE_ZIP')")
	@Operation(summary = "All valid certificates of a class as one ZIP of PDFs, streamed")
	void classZip(@PathVariable long classId, HttpServletResponse response) throws IOException {
		writeZip(access.ofClass(classId), "class-" + classId + "-certificates.zip", response);
	}

	@GetMapping("/api/units/{unitId}/certificates.zip")
	@PreAuthorize("@accessPolicy.may('CERTIFICATE_ZIP')")
	@Operation(summary = "All valid certificates of a unit's subtree as one ZIP of PDFs, streamed")
	void unitZip(@PathVariable long unitId, HttpServletResponse response) throws IOException {
		writeZip(access.ofUnit(unitId), "unit-" + unitId + "-certificates.zip", response);
	}

	@PostMapping("/api/waves/{waveId}/certificates/regenerate")
	@PreAuthorize("@accessPolicy.may('CERTIFICATE_REGENERATE')")
	@Operation(summary = "Re-render every PDF of a wave with the current template, in the background; poll the job")
	ResponseEntity<JobView> regenerate(@PathVariable long waveId) {
		return ResponseEntity.accepted().body(job(jobs.start(waveId, access.idsOfWave(waveId))));
	}

	@GetMapping("/api/certificate-jobs/{jobId}")
	@PreAuthorize("@accessPolicy.may('CERTIFICATE_REGENERATE')")
	@Operation(
			summary = "Progress of a PDF regeneration (kept in the database; an interrupted one is taken over by another node)")
	JobView regeneration(@PathVariable String jobId) {
		RegenerationJob found = jobs.find(jobId)
			.orElseThrow(() -> ProblemException.notFound("certificate.job-not-found", jobId));
		access.requireWave(found.getWaveId());
		return job(found);
	}

	/**
	 * Streams the ZIP on the request's own (virtual) thread, never held in memory. Not an
	 * async StreamingResponseBody: that commits the response on another thread while
	 * Spring Security's header writer may still be setting headers on this one. Access
	 * was checked before the first byte.
	 */
	private void writeZip(List<Certificate> certificates, String name, HttpServletResponse response)
			throws IOException {
		response.setContentType("application/zip");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, attachment(name));
		try (ZipOutputStream zip = new ZipOutputStream(response.getOutputStream())) {
			for (Certificate certificate : certificates) {
				zip.putNextEntry(new ZipEntry(certificate.getSerial() + ".pdf"));
				zip.write(files.pdf(certificate));
				zip.closeEntry();
			}
		}
	}

	private CertificateView view(Certificate certificate) {
		CertificateView view = CertificateView.of(certificate, files.verifyUrl(certificate));
		return access.showsDateOfBirth(certificate) ? view : view.withoutDateOfBirth();
	}

	private JobView job(RegenerationJob job) {
		return new JobView(job.getId(), job.getWaveId(), job.getStatus(), job.getTotal(), job.getDone(),
				job.getFailed(), job.progress(), job.elapsedMillis(clock.instant()), job.getStartedAt(),
				job.getFinishedAt(), job.getResumed(), job.getError());
	}

	private static String attachment(String filename) {
		return ContentDisposition.attachment().filename(filename).build().toString();
	}

}
