package vn.hocso.media;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/** What other modules may ask of media: look a file up, or add one (demo data) without HTTP. */
public interface MediaLibrary {

	Optional<MediaInfo> find(String mediaId);

	/**
	 * Checks and stores a local file (it is left in place), as an upload would; the same bytes twice
	 * give the same media. A file that is not an accepted type is refused with a problem.
	 */
	MediaInfo add(Path file, String fileName, String addedBy) throws IOException;

}
