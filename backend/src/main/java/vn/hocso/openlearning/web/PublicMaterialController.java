package vn.hocso.openlearning.web;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import vn.hocso.media.MediaInfo;
import vn.hocso.media.MediaBytes;
import vn.hocso.openlearning.domain.MaterialReads;
import vn.hocso.openlearning.domain.MaterialReads.PublicMaterial;
import vn.hocso.openlearning.domain.MaterialReads.TopicShelf;
import vn.hocso.openlearning.domain.OpenMaterial;
import vn.hocso.openlearning.web.OpenLearningViews.MaterialCard;
import vn.hocso.openlearning.web.OpenLearningViews.PublicFile;
import vn.hocso.openlearning.web.OpenLearningViews.PublicMaterialView;
import vn.hocso.openlearning.web.OpenLearningViews.PublicTopic;
import vn.hocso.platform.ProblemException;

/**
 * Published materials for anyone, without an account: the JSON behind the pages, and the
 * materials' own videos and leaflets (HTTP ranges; a file is served here only as part of
 * a published material).
 */
@RestController
@Tag(name = "Open learning (public)")
class PublicMaterialController {

	/** Media are named by their SHA-256: the bytes behind a URL never change. */
	private static final CacheControl IMMUTABLE = CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();

	/** How long a presigned link to an open material's file stays valid. */
	private static final Duration DIRECT_LINK_LIFETIME = Duration.ofHours(2);

	private final MaterialReads reads;

	private final MediaBytes store;

	private final Clock clock;

	PublicMaterialController(MaterialReads reads, MediaBytes store, Clock clock) {
		this.clock = clock;
		this.reads = reads;
		this.store = store;
	}

	@GetMapping("/api/public/materials")
	@Operation(summary = "Topics with their published materials (no account needed)")
	List<PublicTopic> topics() {
		return reads.publishedShelves().stream().map(PublicMaterialController::topic).toList();
	}

	@GetMapping("/api/public/materials/{slug}")
	@Operation(summary = "One published material (no account needed); 404 for a draft")
	PublicMaterialView material(@PathVariable String slug) {
		PublicMaterial found = reads.published(slug);
		OpenMaterial m = found.material();
		return new PublicMaterialView(m.getSlug(), m.getTitle(), m.getSummary(), m.getBodyHtml(), "/m/" + m.getSlug(),
				found.topic().getSlug(), found.topic().getTitle(),
				found.video().map(info -> file(m.getSlug(), info)).orElse(null),
				found.leaflet().map(info -> file(m.getSlug(), info)).orElse(null));
	}

	@GetMapping("/api/public/materials/{slug}/media/{mediaId}")
	@Operation(summary = "A published material's video or leaflet, with HTTP Range (206) and ETag (no account needed)")
	ResponseEntity<Resource> media(@PathVariable String slug, @PathVariable String mediaId) {
		MediaInfo info = reads.publishedMedia(slug, mediaId);
		String disposition = ContentDisposition.inline()
			.filename(info.fileName(), StandardCharsets.UTF_8)
			.build()
			.toString();
		Optional<URI> direct = store.directLink(info, clock.instant().plus(DIRECT_LINK_LIFETIME), disposition);
		if (direct.isPresent()) {
			// Object store: the bytes leave from there, this node only points the way
			// (cacheable briefly).
			return ResponseEntity.status(HttpStatus.TEMPORARY_REDIRECT)
				.location(direct.get())
				.cacheControl(CacheControl.maxAge(DIRECT_LINK_LIFETIME.dividedBy(2)).cachePublic())
				.build();
		}
		if (!store.exists(info.id())) {
			throw ProblemException.notFound("media.not-found", mediaId);
		}
		return ResponseEntity.ok()
			.eTag("\"" + info.id() + "\"")
			.cacheControl(IMMUTABLE)
			.contentType(MediaType.parseMediaType(info.kind().contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION, disposition)
			.body(store.open(info.id()));
	}

	static String mediaUrl(String slug, String mediaId) {
		return "/api/public/materials/" + slug + "/media/" + mediaId;
	}

	private static PublicFile file(String slug, MediaInfo info) {
		return new PublicFile(mediaUrl(slug, info.id()), info.kind().contentType(), info.sizeBytes(),
				info.durationSeconds());
	}

	private static PublicTopic topic(TopicShelf shelf) {
		return new PublicTopic(shelf.topic().getSlug(), shelf.topic().getTitle(), shelf.topic().getSummary(),
				"/t/" + shelf.topic().getSlug(),
				shelf.materials()
					.stream()
					.map(m -> new MaterialCard(m.getSlug(), m.getTitle(), m.getSummary(), "/m/" + m.getSlug()))
					.toList());
	}

}
