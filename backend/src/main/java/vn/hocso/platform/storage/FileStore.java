package vn.hocso.platform.storage;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

import org.springframework.core.io.Resource;

/**
 * The files of one area (media, certificate PDFs, …), addressed by a key such as
 * {@code ab/ab12….} or {@code NA-2026-000123.pdf}. Writes are whole or nothing: a reader
 * sees either no object or the complete one, never a half-written file, on the local disk
 * (temporary file + atomic rename) and in the object store (one PUT) alike.
 */
public interface FileStore {

	/**
	 * Stores a complete local file under this key, replacing what was there; the file
	 * itself is left.
	 */
	void put(String key, Path file, String contentType) throws IOException;

	/**
	 * Stores a complete local file that need not be kept (a received upload) and removes
	 * it: on the local disk a rename when it is the same disk, in the object store an
	 * upload.
	 */
	default void moveIn(String key, Path file, String contentType) throws IOException {
		try {
			put(key, file, contentType);
		}
		finally {
			Files.deleteIfExists(file);
		}
	}

	/** Stores these bytes under this key, replacing what was there. */
	void put(String key, byte[] content, String contentType);

	boolean exists(String key);

	/** The whole object, for small ones (PDFs, templates); empty when there is none. */
	Optional<byte[]> read(String key);

	/** Size and time of last write, or empty when there is no object under this key. */
	Optional<StoredFile> stat(String key);

	/**
	 * The object as a Spring {@link Resource}. On the local disk it is the file (ranged
	 * reads are cheap); in the object store each read is a GET, so large media are served
	 * by {@link #presignedGet} instead.
	 */
	Resource resource(String key);

	void delete(String key);

	/**
	 * A URL the browser fetches the object from directly, valid until {@code expiresAt},
	 * served with this content type and disposition (HTTP Range works there); empty for
	 * the local disk, where the application serves the bytes itself.
	 */
	Optional<URI> presignedGet(String key, Instant expiresAt, String contentType, String contentDisposition);

	record StoredFile(long size, Instant lastModified) {
	}

}
