package vn.hocso.certificate.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.hocso.certificate.document.CertificatePdf;
import vn.hocso.testing.S3TestServer;

/**
 * Certificate PDFs and the certificate template in the shared object store (a real S3Proxy): what one node
 * renders or saves, another node reads, with nothing on either node's disk.
 */
class CertificatesInTheObjectStoreTests {

	private static final AtomicInteger SERIALS = new AtomicInteger((int) (System.nanoTime() % 900_000));

	@TempDir
	Path nodeA;

	@TempDir
	Path nodeB;

	@Test
	void aPdfRenderedOnOneNodeIsReadOnAnotherFromTheObjectStore() throws Exception {
		CertificateFiles onA = files(nodeA);
		CertificateFiles onB = files(nodeB);
		Certificate certificate = certificate("Nguyễn Thị Hồng Ánh");

		assertThat(onB.renderedAt(certificate)).isEmpty();
		byte[] rendered = onA.render(certificate);

		assertThat(onB.renderedAt(certificate)).hasValueSatisfying(
				at -> assertThat(at).isAfter(Instant.now().minusSeconds(60)));
		assertThat(onB.pdf(certificate)).isEqualTo(rendered);
		assertThat(S3TestServer.shared()
			.client()
			.getObjectAsBytes(get -> get.bucket(S3TestServer.BUCKET).key("certificates/pdf/" + certificate.getSerial() + ".pdf"))
			.asByteArray()).isEqualTo(rendered);
		try (var pdf = Loader.loadPDF(rendered)) {
			assertThat(new PDFTextStripper().getText(pdf)).contains(certificate.getSerial());
		}
		assertThat(nodeA.resolve("pdf")).doesNotExist();
		assertThat(nodeB.resolve("pdf")).doesNotExist();
	}

	@Test
	void aTemplateSavedOnOneNodeIsTheTemplateANodeStartedLaterUses() {
		CertificateTemplates onA = new CertificateTemplates(properties(nodeA), S3TestServer.shared().storage());
		String custom = CertificatePdf.defaultTemplate().replace("</body>", "<p>Mẫu riêng của tỉnh</p></body>");

		onA.replace(custom);
		CertificateTemplates onB = new CertificateTemplates(properties(nodeB), S3TestServer.shared().storage());

		assertThat(onB.isCustom()).isTrue();
		assertThat(onB.current()).isEqualTo(custom);
		onB.reset();
		assertThat(new CertificateTemplates(properties(nodeA), S3TestServer.shared().storage()).isCustom()).isFalse();
		assertThat(nodeA.resolve("template.html")).doesNotExist();
	}

	private CertificateFiles files(Path node) {
		CertificateProperties properties = properties(node);
		var storage = S3TestServer.shared().storage();
		return new CertificateFiles(properties, new CertificateTemplates(properties, storage), storage);
	}

	private static CertificateProperties properties(Path node) {
		return new CertificateProperties("NA", "Sở TTTT", "Giám đốc", "", "Nghệ An", "http://localhost:8080", null,
				Map.of(), null, node.resolve("template.html").toString(), node.resolve("pdf").toString(), 1);
	}

	private static Certificate certificate(String name) {
		var facts = new Certificate.Facts(1, 2, 3, 4, 5, "/1/5/", name, LocalDate.of(1990, 5, 17), "Xã Diễn Kỷ",
				"Kỹ năng số cơ bản", 750, LocalDate.of(2026, 11, 20), 92);
		Certificate certificate = Certificate.issue(facts, "NA-2099-%06d".formatted(SERIALS.incrementAndGet()),
				"k7m2x9qa3hf8wz5c", "Sở TTTT", "Giám đốc", null, Instant.now(), "test-2026", "q3Vx1bU8cT0yZkR2mW9fAg");
		certificate.sign("test-signature");
		return certificate;
	}

}
