package vn.hocso.media.web;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.jspecify.annotations.Nullable;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
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
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import vn.hocso.identity.CurrentCaller;
import vn.hocso.media.MediaInfo;
import vn.hocso.media.MediaKind;
import vn.hocso.media.domain.Media;
import vn.hocso.media.domain.MediaFiles;
import vn.hocso.media.domain.MediaLinks;
import vn.hocso.media.domain.MediaLinks.SignedLink;
import vn.hocso.media.domain.MediaService;
import vn.hocso.platform.ProblemException;

@RestController
@Tag(name = "Media")
class MediaController {

	private final MediaService media;

	private final MediaFiles files;

	private final MediaLinks links;

	private final CurrentCaller caller;

	MediaController(MediaService media, MediaFiles files, MediaLinks links, CurrentCaller caller) {
		this.media = media;
		this.files = files;
		this.links = links;
		this.caller = caller;
	}

	record MediaResponse(String id, MediaKind kind, String contentType, long sizeBytes,
			@Nullable Integer durationSeconds, String fileName) {

		static MediaResponse of(MediaInfo info) {
			return new MediaResponse(info.id(), info.kind(), info.kind().contentType(), info.sizeBytes(),
					info.durationSeconds(), info.fileName());
		}

	}

	record LinkResponse(String url, Instant expiresAt) {
	}

	@PostMapping(path = "/api/media", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasRole('ADMIN')")
	@Operation(summary = "Upload a video (MP4 H.264/AAC, WebM) or a handout (PDF, PPTX), streamed to disk; "
			+ "the type is read from the bytes, a video's duration from its container; the same bytes twice are stored once")
	MediaResponse upload(@RequestPart("file") MultipartFile file) throws IOException {
		String name = file.getOriginalFilename() == null ? "file" : file.getOriginalFilename();
		media.requireAcceptableSize(name, file.getSize());
		Path received = media.incomingFile();
		// As a File, the container moves the part it already wrote to disk instead of
		// copying it.
		file.transferTo(received.toFile());
		return MediaResponse.of(media.accept(received, name, caller.get().username()));
	}

	@GetMapping("/api/media/{mediaId}/link")
	@Operation(
			summary = "A short-lived signed URL of a media file, for <video>, <iframe> and downloads, which cannot send the bearer token")
	LinkResponse link(@PathVariable String mediaId) {
		media.requireReadable(mediaId, caller.get());
		SignedLink link = links.sign(mediaId);
		return new LinkResponse(link.url(), link.expiresAt());
	}

	@GetMapping("/api/media/{mediaId}")
	@Operation(summary = "A media file, with HTTP Range (206), ETag and Last-Modified (304); or, when files are kept "
			+ "in the shared object store (hocso.storage.type=s3), a 307 redirect to a presigned URL of the object "
			+ "store valid as long as the signed link, which serves the bytes and the ranges itself. "
			+ "Authorised by the bearer token or by a signed link's token parameter")
	ResponseEntity<Resource> read(@PathVariable String mediaId,
			@RequestParam(required = false) @Nullable String token) {
		@Nullable Instant tokenExpiry = token == null ? null : links.verifiedExpiry(mediaId, token).orElse(null);
		Media found = tokenExpiry != null ? media.require(mediaId) : media.requireReadable(mediaId, caller.get());
		ContentDisposition disposition = (found.getKind() == MediaKind.PPTX ? ContentDisposition.attachment()
				: ContentDisposition.inline())
			.filename(found.getFileName(), StandardCharsets.UTF_8)
			.build();
		Instant expiresAt = tokenExpiry != null ? tokenExpiry : links.sign(mediaId).expiresAt();
		Optional<URI> direct = files.directLink(found, expiresAt, disposition.toString());
		if (direct.isPresent()) {
			// The bytes leave from the object store; this answer is only the way there.
			return ResponseEntity.status(HttpStatus.TEMPORARY_REDIRECT)
				.location(direct.get())
				.cacheControl(CacheControl.noStore())
				.build();
		}
		if (!files.exists(found.getId())) {
			throw ProblemException.notFound("media.not-found", mediaId);
		}
		return ResponseEntity.ok()
			.eTag("\"" + found.getId() + "\"")
			.lastModified(found.getUploadedAt())
			.cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePrivate())
			.contentType(MediaType.parseMediaType(found.getKind().contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
			.body(files.open(found.getId()));
	}

}
