package vn.hocso.media;

import java.net.URI;
import java.time.Instant;
import java.util.Optional;

import org.springframework.core.io.Resource;

/**
 * The stored bytes of media files, for modules that serve media under their own rules
 * (open materials read without an account). Where the files sit in the shared object
 * store, {@link #directLink} gives the URL browsers fetch them from, and the application
 * never carries the bytes.
 */
public interface MediaBytes {

	boolean exists(String mediaId);

	/** The bytes, served by the application with ranges (files on this node's disk). */
	Resource open(String mediaId);

	/**
	 * A presigned URL valid until {@code expiresAt}; empty when the application serves
	 * the bytes itself.
	 */
	Optional<URI> directLink(MediaInfo media, Instant expiresAt, String contentDisposition);

}
