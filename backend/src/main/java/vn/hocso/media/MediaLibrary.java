package vn.hocso.media;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

/**
 * What other modules may ask of media: look a file up, or add one (demo data) without
 * HTTP.
 */
public interface MediaLibrary {

	Optional<MediaInfo> find(String mediaId);

	/**
	 * Checks and stores a local file (it is left in place), as an upload would; the same
	 * bytes twice give the same media. A file that is not an accepted type is refused
	 * with a problem.
	 */
	MediaInfo add(Path file, String fileName, String addedBy) throws IOException;

	/**
	 * A short-lived signed link to a media file, as {@code GET /api/media/{id}/link}
	 * gives, for an answer that already carries the media (issue 14: the player's course
	 * carries its lectures' links, one round trip less). The caller must have checked
	 * that the user may read the file.
	 */
	SignedMediaLink signedLink(String mediaId);

	/** A signed link: relative URL with its token, and when the token stops working. */
	record SignedMediaLink(String url, Instant expiresAt) {
	}

}
