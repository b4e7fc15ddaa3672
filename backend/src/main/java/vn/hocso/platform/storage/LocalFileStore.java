package vn.hocso.platform.storage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.Optional;

import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;

/**
 * An area as a directory on the local disk. A write goes to a temporary file in the
 * target's directory and is renamed into place, so that a reader (or a crash) never sees
 * a half-written file.
 */
final class LocalFileStore implements FileStore {

	private final Path root;

	LocalFileStore(Path root) {
		this.root = root.toAbsolutePath().normalize();
	}

	Path root() {
		return root;
	}

	Path path(String key) {
		Keys.require(key);
		Path path = root.resolve(key).normalize();
		if (!path.startsWith(root)) {
			throw new IllegalArgumentException("Not a storage key: " + key);
		}
		return path;
	}

	@Override
	public void put(String key, Path file, String contentType) throws IOException {
		Path target = path(key);
		Files.createDirectories(target.getParent());
		Path temporary = Files.createTempFile(target.getParent(), ".put-", ".part");
		try {
			Files.copy(file, temporary, StandardCopyOption.REPLACE_EXISTING);
			move(temporary, target);
		}
		finally {
			Files.deleteIfExists(temporary);
		}
	}

	@Override
	public void moveIn(String key, Path file, String contentType) throws IOException {
		Path target = path(key);
		Files.createDirectories(target.getParent());
		try {
			move(file, target);
		}
		catch (AtomicMoveNotSupportedException otherDisk) {
			try {
				put(key, file, contentType);
			}
			finally {
				Files.deleteIfExists(file);
			}
		}
	}

	@Override
	public void put(String key, byte[] content, String contentType) {
		try {
			Path target = path(key);
			Files.createDirectories(target.getParent());
			Path temporary = Files.createTempFile(target.getParent(), ".put-", ".part");
			try {
				Files.write(temporary, content);
				move(temporary, target);
			}
			finally {
				Files.deleteIfExists(temporary);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void move(Path from, Path to) throws IOException {
		Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
	}

	@Override
	public boolean exists(String key) {
		return Files.isRegularFile(path(key));
	}

	@Override
	public Optional<byte[]> read(String key) {
		try {
			return Optional.of(Files.readAllBytes(path(key)));
		}
		catch (NoSuchFileException ex) {
			return Optional.empty();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public Optional<StoredFile> stat(String key) {
		Path path = path(key);
		try {
			return Optional.of(new StoredFile(Files.size(path), Files.getLastModifiedTime(path).toInstant()));
		}
		catch (NoSuchFileException ex) {
			return Optional.empty();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public Resource resource(String key) {
		return new FileSystemResource(path(key));
	}

	@Override
	public void delete(String key) {
		try {
			Files.deleteIfExists(path(key));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public Optional<URI> presignedGet(String key, Instant expiresAt, String contentType, String contentDisposition) {
		return Optional.empty();
	}

}
