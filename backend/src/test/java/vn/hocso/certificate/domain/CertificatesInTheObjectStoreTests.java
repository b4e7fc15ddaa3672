package vn.hocso.certificate.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import vn.hocso.testing.S3TestServer;

/**
 * Certificate PDFs in the shared object store (a real S3Proxy): what one node renders,
 * another node reads, with nothing on either node's disk. (The template is in the
 * database: SharedAcrossNodesTests.)
 */
class CertificatesInTheObjectStoreTests {

	/**
	 * The template lives in the database (SharedAcrossNodesTests); here only the default
	 * one is rendered.
	 */
	private static final JdbcClient TEMPLATES_DB = templatesDatabase();

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

		assertThat(onB.renderedAt(certificate))
			.hasValueSatisfying(at -> assertThat(at).isAfter(Instant.now().minusSeconds(60)));
		assertThat(onB.pdf(certificate)).isEqualTo(rendered);
		assertThat(S3TestServer.shared()
			.client()
			.getObjectAsBytes(
					get -> get.bucket(S3TestServer.BUCKET).key("certificates/pdf/" + certificate.getSerial() + ".pdf"))
			.asByteArray()).isEqualTo(rendered);
		try (var pdf = Loader.loadPDF(rendered)) {
			assertThat(new PDFTextStripper().getText(pdf)).contains(certificate.getSerial());
		}
		assertThat(nodeA.resolve("pdf")).doesNotExist();
		assertThat(nodeB.resolve("pdf")).doesNotExist();
	}

	private CertificateFiles files(Path node) {
		CertificateProperties properties = properties(node);
		var storage = S3TestServer.shared().storage();
		return new CertificateFiles(properties,
				new CertificateTemplates(properties, TEMPLATES_DB, Clock.systemUTC(), Duration.ofSeconds(5)), storage);
	}

	private static JdbcClient templatesDatabase() {
		JdbcClient jdbc = JdbcClient
			.create(new DriverManagerDataSource("jdbc:h2:mem:certificate-templates;DB_CLOSE_DELAY=-1"));
		jdbc.sql("create table if not exists certificate_template (id int primary key, html clob not null, "
				+ "updated_at timestamp with time zone not null)")
			.update();
		return jdbc;
	}

	private static CertificateProperties properties(Path node) {
		return new CertificateProperties("NA", "Sở TTTT", "Giám đốc", "", "Nghệ An", "http://localhost:8080", null,
				Map.of(), null, node.resolve("template.html").toString(), node.resolve("pdf").toString(), 1);
	}

	private static Certificate certificate(String name) {
		var facts = Certificate.Facts.ofCourse(1, 2, 3, 4, 5, "/1/5/", name, LocalDate.of(1990, 5, 17), "Xã Diễn Kỷ",
				"Kỹ năng số cơ bản", 750, LocalDate.of(2026, 11, 20), 92);
		Certificate certificate = Certificate.issue(facts, "NA-2099-%06d".formatted(SERIALS.incrementAndGet()),
				"k7m2x9qa3hf8wz5c", "Sở TTTT", "Giám đốc", null, Instant.now(), "test-2026", "q3Vx1bU8cT0yZkR2mW9fAg");
		certificate.sign("test-signature");
		return certificate;
	}

}
