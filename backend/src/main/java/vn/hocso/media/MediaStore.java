package vn.hocso.media;

import java.io.IOException;
import java.nio.file.Path;

import org.springframework.core.io.Resource;

/**
 * Where media bytes live, addressed by their SHA-256 (hex). The default implementation keeps files
 * on a local disk ({@code hocso.media.dir}). To keep them in an S3-compatible object store instead,
 * implement this interface as a bean: {@link #put} uploads the verified temporary file under its key
 * (a PUT, skipped when the key exists), {@link #open} returns a {@link Resource} whose
 * {@code contentLength()} and ranged reads come from the object (e.g. a Resource over HEAD + ranged
 * GETs), and {@link #delete} removes it. Nothing else in the application touches the bytes, so the
 * metadata table and the access checks stay unchanged.
 */
public interface MediaStore {

	/**
	 * Moves a fully received and verified temporary file into the store under this key. When the key
	 * already exists, the temporary file is deleted and the stored one kept (identical bytes).
	 */
	void put(String key, Path verifiedFile) throws IOException;

	boolean exists(String key);

	/** The stored bytes, readable in ranges; callers check {@link #exists} first. */
	Resource open(String key);

	void delete(String key) throws IOException;

}
