package vn.hocso.platform.storage;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;

/**
 * Hands out the {@link FileStore} of each area. With {@code hocso.storage.type=local}
 * (the default) an area is a directory on this node's disk, the one its module has always
 * used; with {@code s3} it is the prefix {@code <area>/} in the shared bucket, the same
 * for every node.
 */
public interface Storage {

	/**
	 * @param area the area's name, also its key prefix in the object store
	 * ({@code media}, {@code certificates/pdf}, …)
	 * @param localDirectory where the area lives on the local disk
	 */
	FileStore area(String area, Path localDirectory);

	/** Whether files are in the shared object store (the multi-node setting). */
	boolean shared();

	/**
	 * The origin ({@code scheme://host:port}) browsers fetch presigned links from, for
	 * the Content-Security-Policy; empty when the application serves every byte itself.
	 */
	Optional<String> browserOrigin();

	/**
	 * The storage these settings name: the local disk, or a connection to the object
	 * store.
	 */
	static Storage of(StorageProperties properties, Clock clock) {
		return switch (properties.type()) {
			case LOCAL -> local();
			case S3 -> StorageConfig.S3Storage.connect(properties.s3(), clock);
		};
	}

	/**
	 * Every area in its own directory of this node's disk (the default; also for tests of
	 * one module).
	 */
	static Storage local() {
		return new LocalStorage();
	}

}
