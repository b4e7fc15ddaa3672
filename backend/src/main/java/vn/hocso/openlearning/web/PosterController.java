package vn.hocso.openlearning.web;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import vn.hocso.openlearning.domain.PosterFormat;
import vn.hocso.openlearning.domain.Posters;
import vn.hocso.openlearning.domain.Posters.PosterFile;
import vn.hocso.openlearning.domain.QrTarget;
import vn.hocso.openlearning.web.OpenLearningViews.CommuneReach;
import vn.hocso.openlearning.web.OpenLearningViews.ReachView;
import vn.hocso.openlearning.domain.ReachReport;
import vn.hocso.openlearning.web.OpenLearningViews.TargetReach;
import vn.hocso.platform.ProblemException;

/** QR posters and leaflets per commune, and how often their codes were opened (reach). */
@RestController
@Tag(name = "Open learning")
class PosterController {

	private final Posters posters;

	private final ReachReport reach;

	private final Clock clock;

	PosterController(Posters posters, ReachReport reach, Clock clock) {
		this.posters = posters;
		this.reach = reach;
		this.clock = clock;
	}

	@GetMapping(path = "/api/units/{unitId}/qr-poster.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
	@PreAuthorize("@accessPolicy.may('QR_POSTERS')")
	@Operation(summary = "One commune's QR poster (A4) or leaflet (A6) for a material, topic or course: "
			+ "the commune's name, a large QR code and a short URL that carries the commune")
	ResponseEntity<byte[]> poster(@PathVariable long unitId, @RequestParam QrTarget target, @RequestParam String ref,
			@RequestParam(defaultValue = "A4") PosterFormat format) {
		List<PosterFile> files = posters.prepare(unitId, target, ref, format);
		if (files.size() != 1) {
			throw ProblemException.badRequest("open-learning.not-a-commune", unitId);
		}
		PosterFile file = files.get(0);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, attachment(file.fileName()))
			.header("X-Qr-Code", file.code())
			.body(posters.render(file));
	}

	@GetMapping(path = "/api/units/{unitId}/qr-posters.zip", produces = "application/zip")
	@PreAuthorize("@accessPolicy.may('QR_POSTERS')")
	@Operation(summary = "A ZIP of QR posters (A4) or leaflets (A6), one PDF per commune under the unit (a district, "
			+ "the province), each QR code carrying its commune; streamed while rendered")
	ResponseEntity<StreamingResponseBody> zip(@PathVariable long unitId, @RequestParam QrTarget target,
			@RequestParam String ref, @RequestParam(defaultValue = "A4") PosterFormat format) {
		List<PosterFile> files = posters.prepare(unitId, target, ref, format);
		StreamingResponseBody body = out -> posters.writeZip(files, out);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("application/zip"))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					attachment("qr-" + target.name().toLowerCase(Locale.ROOT) + "-" + ref + "-" + unitId + ".zip"))
			.body(body);
	}

	@GetMapping("/api/units/{unitId}/qr-reach")
	@PreAuthorize("@accessPolicy.may('QR_REACH')")
	@Operation(summary = "Reach (lượt mở): how many times each commune's QR codes were opened, per day range "
			+ "(default: the last 30 days). Counts only — not people, not completions")
	ReachView reach(@PathVariable long unitId, @RequestParam(required = false) @Nullable LocalDate from,
			@RequestParam(required = false) @Nullable LocalDate to) {
		LocalDate until = to == null ? LocalDate.now(clock) : to;
		LocalDate since = from == null ? until.minusDays(29) : from;
		ReachReport.Report report = reach.of(unitId, since, until);
		return new ReachView(since.toString(), until.toString(), report.total(),
				report.communes()
					.stream()
					.map(c -> new CommuneReach(c.commune().id(), c.commune().code(), c.commune().name(), c.opens()))
					.toList(),
				report.byTarget()
					.stream()
					.map(t -> new TargetReach(t.unitId(), t.target(), t.ref(), t.opens()))
					.toList());
	}

	private static String attachment(String fileName) {
		return ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString();
	}

}
