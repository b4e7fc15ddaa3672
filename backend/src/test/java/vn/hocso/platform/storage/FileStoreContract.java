package vn.hocso.platform.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Random;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What every {@link FileStore} does, run against each implementation: the local disk and
 * a real S3-compatible server.
 */
abstract class FileStoreContract {

	@TempDir
	Path scratch;

	/** A fresh area of the store under test, empty. */
	abstract FileStore area(String name);

	FileStore store;

	@BeforeEach
	void freshArea() {
		store = area("contract-" + UUID.randomUUID());
	}

	static byte[] bytes(int size, long seed) {
		byte[] content = new byte[size];
		new Random(seed).nextBytes(content);
		return content;
	}

	@Test
	void storedBytesComeBackByteExactWithTheirSize() {
		byte[] content = bytes(70_001, 1);
		store.put("ab/ab1234.bin", content, "application/octet-stream");

		assertThat(store.exists("ab/ab1234.bin")).isTrue();
		assertThat(store.read("ab/ab1234.bin")).hasValueSatisfying(read -> assertThat(read).isEqualTo(content));
		assertThat(store.stat("ab/ab1234.bin")).hasValueSatisfying(stat -> {
			assertThat(stat.size()).isEqualTo(70_001);
			assertThat(stat.lastModified()).isBefore(Instant.now().plusSeconds(5))
				.isAfter(Instant.now().minusSeconds(60));
		});
	}

	@Test
	void aStoredFileIsCopiedAndTheOriginalKept() throws Exception {
		byte[] content = bytes(200_000, 2);
		Path file = Files.write(scratch.resolve("in.bin"), content);

		store.put("file.bin", file, "video/mp4");

		assertThat(store.read("file.bin")).hasValueSatisfying(read -> assertThat(read).isEqualTo(content));
		assertThat(file).exists();
	}

	@Test
	void aFileMovedInIsStoredAndGoneFromWhereItWas() throws Exception {
		byte[] content = bytes(123_457, 3);
		Path file = Files.write(scratch.resolve("upload.part"), content);

		store.moveIn("moved.bin", file, "application/pdf");

		assertThat(store.read("moved.bin")).hasValueSatisfying(read -> assertThat(read).isEqualTo(content));
		assertThat(file).doesNotExist();
	}

	@Test
	void aSecondWriteReplacesTheWholeObject() {
		store.put("template.html", "<p>một bản mẫu dài hơn</p>".getBytes(StandardCharsets.UTF_8), "text/html");
		store.put("template.html", "<p>ngắn</p>".getBytes(StandardCharsets.UTF_8), "text/html");

		assertThat(store.read("template.html").map(b -> new String(b, StandardCharsets.UTF_8))).hasValue("<p>ngắn</p>");
	}

	@Test
	void aMissingKeyIsEmptyEverywhere() {
		assertThat(store.exists("missing.pdf")).isFalse();
		assertThat(store.read("missing.pdf")).isEmpty();
		assertThat(store.stat("missing.pdf")).isEmpty();
		assertThat(store.resource("missing.pdf").exists()).isFalse();
	}

	@Test
	void aDeletedObjectIsGoneAndDeletingNothingIsNoError() {
		store.put("NA-2026-000001.pdf", bytes(10, 4), "application/pdf");

		store.delete("NA-2026-000001.pdf");
		store.delete("NA-2026-000001.pdf");

		assertThat(store.exists("NA-2026-000001.pdf")).isFalse();
	}

	@Test
	void areasDoNotShareKeys() {
		FileStore other = area("contract-other-" + UUID.randomUUID());
		store.put("same.pdf", bytes(10, 5), "application/pdf");

		assertThat(other.exists("same.pdf")).isFalse();
	}

	@Test
	void aResourceReadsTheObjectWithItsLength() throws Exception {
		byte[] content = bytes(50_000, 6);
		store.put("cd/cd99.bin", content, "application/octet-stream");

		var resource = store.resource("cd/cd99.bin");
		assertThat(resource.exists()).isTrue();
		assertThat(resource.contentLength()).isEqualTo(50_000);
		try (InputStream in = resource.getInputStream()) {
			assertThat(in.readAllBytes()).isEqualTo(content);
		}
	}

	@Test
	void keysThatLeaveTheAreaAreRefused() {
		for (String key : new String[] { "../escape.pdf", "/etc/passwd", "a/../../b", "", "a//b", "a\\b" }) {
			assertThatThrownBy(() -> store.put(key, bytes(1, 7), "application/pdf")).as(key)
				.isInstanceOf(IllegalArgumentException.class);
		}
	}

}
