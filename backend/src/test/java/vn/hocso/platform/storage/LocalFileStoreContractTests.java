package vn.hocso.platform.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The storage contract on the local disk (hocso.storage.type=local, the default). */
class LocalFileStoreContractTests extends FileStoreContract {

	@TempDir
	Path root;

	@Override
	FileStore area(String name) {
		return Storage.local().area(name, root.resolve(name));
	}

	@Test
	void filesKeepTheLayoutOfTheAreaDirectory() throws Exception {
		store.put("ab/ab12.bin", bytes(3, 8), "application/octet-stream");

		assertThat(Files.list(root).toList()).hasSize(1);
		Path dir = Files.list(root).findFirst().orElseThrow();
		assertThat(dir.resolve("ab/ab12.bin")).hasBinaryContent(bytes(3, 8));
		try (var files = Files.walk(dir)) {
			assertThat(files.filter(Files::isRegularFile).toList()).as("no temporary file is left").hasSize(1);
		}
	}

	@Test
	void theDiskHasNoLinksOfItsOwnAndNoOriginForTheBrowser() {
		assertThat(store.presignedGet("x.pdf", Instant.now().plusSeconds(60), "application/pdf", "inline")).isEmpty();
		assertThat(Storage.local().browserOrigin()).isEmpty();
		assertThat(Storage.local().shared()).isFalse();
	}

}
