package vn.hocso.media.domain;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

import vn.hocso.media.MediaStore;

/** Files on a local (or shared, mounted) disk: {@code <dir>/<aa>/<sha256>}, uploads received in {@code <dir>/incoming}. */
@Component
class DiskMediaStore implements MediaStore {

	private final Path root;

	DiskMediaStore(MediaProperties properties) {
		this.root = properties.dir().toAbsolutePath().normalize();
		try {
			Files.createDirectories(incoming());
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot create the media directory " + root, e);
		}
	}

	Path incoming() {
		return root.resolve("incoming");
	}

	private Path path(String key) {
		if (!key.matches("[0-9a-f]{64}")) {
			throw new IllegalArgumentException("Not a media key: " + key);
		}
		return root.resolve(key.substring(0, 2)).resolve(key);
	}

	@Override
	public void put(String key, Path verifiedFile) throws IOException {
		Path target = path(key);
		if (Files.exists(target)) {
			Files.deleteIfExists(verifiedFile);
			return;
		}
		Files.createDirectories(target.getParent());
		try {
			Files.move(verifiedFile, target, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (AtomicMoveNotSupportedException otherDisk) {
			Path partial = target.resolveSibling(key + ".part");
			Files.copy(verifiedFile, partial, StandardCopyOption.REPLACE_EXISTING);
			Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
			Files.deleteIfExists(verifiedFile);
		}
	}

	@Override
	public boolean exists(String key) {
		return Files.isRegularFile(path(key));
	}

	@Override
	public Resource open(String key) {
		return new FileSystemResource(path(key));
	}

	@Override
	public void delete(String key) throws IOException {
		Files.deleteIfExists(path(key));
	}

}
