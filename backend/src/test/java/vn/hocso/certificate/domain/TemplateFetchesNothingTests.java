package vn.hocso.certificate.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpServer;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.hocso.certificate.document.CertificatePdf;
import vn.hocso.platform.ProblemException;

/**
 * A template pointing at a local listener and at a local file: refused when saved or
 * previewed, and, rendered anyway (a file saved before the check), it makes no request
 * and embeds nothing.
 */
class TemplateFetchesNothingTests {

	private final List<String> requests = new CopyOnWriteArrayList<>();

	private HttpServer listener;

	private String base;

	@TempDir
	Path dir;

	@BeforeEach
	void listen() throws Exception {
		listener = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		listener.createContext("/", exchange -> {
			requests.add(exchange.getRequestURI().toString());
			byte[] body = "body { background: red }".getBytes();
			exchange.sendResponseHeaders(200, body.length);
			exchange.getResponseBody().write(body);
			exchange.close();
		});
		listener.start();
		base = "http://127.0.0.1:" + listener.getAddress().getPort();
	}

	@AfterEach
	void stop() {
		listener.stop(0);
	}

	private String hostileTemplate() {
		return """
				<!DOCTYPE html SYSTEM "%1$s/doctype.dtd">
				<html><head>
				<link rel="stylesheet" href="%1$s/style.css"/>
				<style>@import "%1$s/import.css"; body { font-family: 'Noto Sans'; background-image: url('%1$s/bg.png'); }</style>
				</head><body>
				<p style="background: url(file:///etc/hostname)">{{fullName}}</p>
				<img src="%1$s/x"/>
				<img src="file:///etc/hostname"/>
				<object data="file:///etc/hostname"></object>
				</body></html>
				"""
			.formatted(base);
	}

	@Test
	void aTemplateWithExternalReferencesIsRefusedAtSaveTimeNamingThem() {
		CertificateTemplates templates = templates();
		assertThatThrownBy(() -> templates.replace(hostileTemplate())).isInstanceOfSatisfying(ProblemException.class,
				ex -> {
					assertThat(ex.code()).isEqualTo("certificate.template-external");
					assertThat((String) ex.args()[0]).contains(base + "/doctype.dtd", base + "/style.css");
				});
		assertThat(templates.isCustom()).as("nothing saved").isFalse();
		assertThat(requests).isEmpty();
	}

	@Test
	void renderingATemplateSavedBeforeTheCheckFetchesAndEmbedsNothing() throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		CertificatePdf.render(hostileTemplate(), CertificateTemplates.SAMPLE, "Nghệ An", base + "/verify", out);
		Thread.sleep(Duration.ofMillis(200));
		assertThat(requests).as("requests the listener saw").isEmpty();
		try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
			for (PDPage page : pdf.getPages()) {
				assertThat(page.getResources().getXObjectNames()).as("embedded images").isEmpty();
			}
			String text = new PDFTextStripper().getText(pdf);
			assertThat(text).contains(CertificateTemplates.SAMPLE.fullName())
				.doesNotContain(java.nio.file.Files.readString(Path.of("/etc/hostname")).strip());
		}
	}

	@Test
	void dataUrisAndPlaceholdersAreNotExternal() {
		CertificateTemplates templates = templates();
		templates.replace(
				"""
						<html><body><p>{{fullName}}</p><img src="{{qrCode}}"/>
						<img src="data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=="/>
						<a href="#top">top</a></body></html>
						""");
		assertThat(templates.isCustom()).isTrue();
	}

	@Test
	void aMalformedTemplateIsAnsweredWithItsLineNotTheParsersMessage() {
		CertificateTemplates templates = templates();
		assertThatThrownBy(() -> templates.preview("<html><body>\n<p>unclosed & broken</body></html>"))
			.isInstanceOfSatisfying(ProblemException.class, ex -> {
				assertThat(ex.code()).isEqualTo("certificate.template-malformed");
				assertThat(ex.args()).containsExactly(2, ex.args()[1]);
				assertThat(List.of(ex.args()).toString()).doesNotContain("SAX", "Exception", "org.");
			});
	}

	/**
	 * Templates kept in a database of their own (the app's table, created as its
	 * changeset does).
	 */
	private CertificateTemplates templates() {
		org.h2.jdbcx.JdbcDataSource database = new org.h2.jdbcx.JdbcDataSource();
		database.setURL("jdbc:h2:mem:templates-" + java.util.UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
		org.springframework.jdbc.core.simple.JdbcClient jdbc = org.springframework.jdbc.core.simple.JdbcClient
			.create(database);
		jdbc.sql("create table certificate_template (id int primary key, html clob not null,"
				+ " updated_at timestamp with time zone not null)")
			.update();
		return new CertificateTemplates(properties(), jdbc, java.time.Clock.systemUTC(), Duration.ofSeconds(5));
	}

	private CertificateProperties properties() {
		return new CertificateProperties("NA", "Sở TTTT", "Giám đốc", "", "Nghệ An", "http://localhost:8080", null,
				java.util.Map.of(), null, dir.resolve("template.html").toString(), dir.resolve("pdf").toString(), 1);
	}

}
