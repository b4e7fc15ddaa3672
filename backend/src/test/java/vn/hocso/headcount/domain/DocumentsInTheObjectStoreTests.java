package vn.hocso.headcount.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.unit.DataSize;

import vn.hocso.platform.ProblemException;
import vn.hocso.testing.S3TestServer;

/**
 * Headcount decisions in the shared object store (a real S3Proxy): stored once on one
 * node, read on another.
 */
class DocumentsInTheObjectStoreTests {

	@TempDir
	Path nodeA;

	@TempDir
	Path nodeB;

	@Test
	void aDecisionStoredOnOneNodeIsReadOnAnotherByteExact() {
		byte[] pdf = ("%PDF-1.4\n% Quyết định " + System.nanoTime() + "\n%%EOF\n").getBytes(StandardCharsets.UTF_8);
		DocumentStore onA = store(nodeA);
		DocumentStore onB = store(nodeB);

		String sha256 = onA.store(pdf);

		assertThat(onB.read(sha256)).isEqualTo(pdf);
		assertThat(onB.store(pdf)).as("the same file twice is one object").isEqualTo(sha256);
		assertThat(S3TestServer.shared()
			.client()
			.headObject(head -> head.bucket(S3TestServer.BUCKET).key("headcount/documents/" + sha256 + ".pdf"))
			.contentLength()).isEqualTo(pdf.length);
		assertThat(nodeA.resolve("documents")).doesNotExist();
	}

	@Test
	void aFileThatIsNotAPdfIsRefusedBeforeAnythingIsStored() {
		long before = objects();

		assertThatThrownBy(() -> store(nodeA).store("MZ not a pdf".getBytes(StandardCharsets.US_ASCII)))
			.isInstanceOf(ProblemException.class);

		assertThat(objects()).isEqualTo(before);
	}

	private static long objects() {
		return S3TestServer.shared()
			.client()
			.listObjectsV2(list -> list.bucket(S3TestServer.BUCKET).prefix("headcount/documents/"))
			.keyCount();
	}

	private static DocumentStore store(Path node) {
		return new DocumentStore(new HeadcountProperties(node.resolve("documents"), DataSize.ofMegabytes(1)),
				S3TestServer.shared().storage());
	}

}
