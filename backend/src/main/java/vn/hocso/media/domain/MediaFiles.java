package vn.hocso.media.domain;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

import vn.hocso.media.MediaBytes;
import vn.hocso.media.MediaInfo;
import vn.hocso.platform.storage.FileStore;
import vn.hocso.platform.storage.Storage;

/**
 * The bytes of media files, by their SHA-256 ({@code <aa>/<sha256>} in the storage area
 * {@code media}): on this node's disk under {@code hocso.media.dir}, or in the shared
 * object store, from where browsers fetch them with presigned links.
 */
@Component
public class MediaFiles implements MediaBytes {

	private final FileStore store;

	MediaFiles(Storage storage, MediaProperties properties) {
		this.store = storage.area("media", properties.dir());
	}

	private static String key(String mediaId) {
		if (!mediaId.matches("[0-9a-f]{64}")) {
			throw new IllegalArgumentException("Not a media key: " + mediaId);
		}
		return mediaId.substring(0, 2) + "/" + mediaId;
	}

	/**
	 * Stores a received and verified file under its id and removes it (a rename on the
	 * local disk).
	 */
	void moveIn(String mediaId, Path verifiedFile, String contentType) throws IOException {
		store.moveIn(key(mediaId), verifiedFile, contentType);
	}

	@Override
	public boolean exists(String mediaId) {
		return store.exists(key(mediaId));
	}

	/** The bytes, served by the application with ranges (the local disk). */
	@Override
	public Resource open(String mediaId) {
		return store.resource(key(mediaId));
	}

	/**
	 * A URL the browser fetches the file from directly until {@code expiresAt}, with HTTP
	 * ranges; empty when the files are on this node's disk and the application serves
	 * them.
	 */
	public Optional<URI> directLink(Media media, Instant expiresAt, String contentDisposition) {
		return store.presignedGet(key(media.getId()), expiresAt, media.getKind().contentType(), contentDisposition);
	}

	@Override
	public Optional<URI> directLink(MediaInfo media, Instant expiresAt, String contentDisposition) {
		return store.presignedGet(key(media.id()), expiresAt, media.kind().contentType(), contentDisposition);
	}

	void delete(String mediaId) {
		store.delete(key(mediaId));
	}

}
