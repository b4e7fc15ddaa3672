package vn.hocso.certificate.domain;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import java.util.List;

import org.springframework.stereotype.Component;
import org.xml.sax.SAXParseException;

import vn.hocso.certificate.document.CertificateContent;
import vn.hocso.certificate.document.CertificatePdf;
import vn.hocso.platform.ProblemException;
import vn.hocso.platform.pdf.ExternalReferences;

/**
 * The HTML/CSS template certificates are rendered from: the ADMIN's, kept in the shared database
 * (table certificate_template), if there is one, otherwise the default from the application's
 * resources. Each node caches it (Caffeine) and reloads it in the background once
 * hocso.certificates.template-refresh-interval has passed, so a template saved on another node is
 * used here within that interval; one saved on this node at once. A template file left in the data
 * directory by an earlier version is imported into the database once.
 */
@Component
public class CertificateTemplates {

	static final CertificateContent SAMPLE = new CertificateContent("NA-2026-000123", "k7m2x9qa3hf8wz5c",
			"Nguyễn Thị Hồng Ánh", LocalDate.of(1990, 5, 17), "Xã Diễn Kỷ, huyện Diễn Châu",
			"Kỹ năng số cơ bản cho cán bộ, công chức", 750, LocalDate.of(2026, 11, 20), 92,
			"Sở Thông tin và Truyền thông tỉnh Nghệ An", "Giám đốc", "Đặng Quốc Hưng", LocalDate.of(2026, 11, 21),
			"demo-2026", CertificateContent.FORMAT_BIRTH_DATE_COMMITTED, "q3Vx1bU8cT0yZkR2mW9fAg");

	private static final String ADMINS = "admins";

	private final Path file;

	private final CertificateProperties properties;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final LoadingCache<String, Optional<String>> custom;

	CertificateTemplates(CertificateProperties properties, JdbcClient jdbc, Clock clock,
			@Value("${hocso.certificates.template-refresh-interval:5s}") Duration refreshInterval) {
		this.properties = properties;
		this.file = Path.of(properties.templateFile());
		this.jdbc = jdbc;
		this.clock = clock;
		this.custom = Caffeine.newBuilder().refreshAfterWrite(refreshInterval).build(key -> load());
	}

	public String current() {
		return custom.get(ADMINS).orElseGet(CertificatePdf::defaultTemplate);
	}

	public boolean isCustom() {
		return custom.get(ADMINS).isPresent();
	}

	/**
	 * Replaces the template after checking that it refers to nothing outside itself and renders; the PDFs
	 * already made stay until regenerated.
	 */
	public synchronized void replace(String html) {
		preview(html);
		store(html);
		custom.put(ADMINS, Optional.of(html));
	}

	public synchronized void reset() {
		jdbc.sql("delete from certificate_template where id = 1").update();
		try {
			Files.deleteIfExists(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		custom.put(ADMINS, Optional.empty());
	}

	/** This template filled with sample data, as a PDF; a template that does not render is a 400. */
	public byte[] preview(String html) {
		// Rendering would ignore them anyway (OfflineRendering); refusing says so to the author.
		List<String> external = ExternalReferences.in(html);
		if (!external.isEmpty()) {
			throw ProblemException.badRequest("certificate.template-external",
					String.join(", ", external.subList(0, Math.min(3, external.size()))));
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
		try {
			CertificatePdf.render(html, SAMPLE, properties.issuePlace(),
					properties.publicBaseUrl() + "/verify/" + SAMPLE.verificationCode(), out);
		}
		catch (IOException | RuntimeException ex) {
			// Where, never what the parser said: its message names classes and echoes input.
			SAXParseException parse = parseError(ex);
			if (parse != null && parse.getLineNumber() > 0) {
				throw ProblemException.badRequest("certificate.template-malformed", parse.getLineNumber(),
						Math.max(parse.getColumnNumber(), 1));
			}
			throw ProblemException.badRequest("certificate.template-invalid");
		}
		return out.toByteArray();
	}

	private static SAXParseException parseError(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof SAXParseException parse) {
				return parse;
			}
		}
		return null;
	}

	private Optional<String> load() {
		Optional<String> stored = jdbc.sql("select html from certificate_template where id = 1").query(String.class).optional();
		if (stored.isPresent() || !Files.exists(file)) {
			return stored;
		}
		try {
			// Left by a version that kept the template in the data directory: it becomes the cluster's.
			String legacy = Files.readString(file, StandardCharsets.UTF_8);
			store(legacy);
			Files.deleteIfExists(file);
			return Optional.of(legacy);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void store(String html) {
		Timestamp now = Timestamp.from(clock.instant());
		if (jdbc.sql("update certificate_template set html = ?, updated_at = ? where id = 1").params(html, now).update() == 0) {
			try {
				jdbc.sql("insert into certificate_template (id, html, updated_at) values (1, ?, ?)").params(html, now).update();
			}
			catch (DuplicateKeyException saved) {
				// Another node saved one at the same moment; this one is the later save.
				jdbc.sql("update certificate_template set html = ?, updated_at = ? where id = 1").params(html, now).update();
			}
		}
	}

}
