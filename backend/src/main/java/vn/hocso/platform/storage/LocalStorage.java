package vn.hocso.platform.storage;

import java.nio.file.Path;
import java.util.Optional;

/** Each area in its own directory of this node's disk. */
final class LocalStorage implements Storage {

	@Override
	public FileStore area(String area, Path localDirectory) {
		return new LocalFileStore(localDirectory);
	}

	@Override
	public boolean shared() {
		return false;
	}

	@Override
	public Optional<String> browserOrigin() {
		return Optional.empty();
	}

}
