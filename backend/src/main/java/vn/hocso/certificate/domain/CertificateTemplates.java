package vn.hocso.certificate.domain;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.xml.sax.SAXParseException;

import vn.hocso.certificate.CertificateKind;
import vn.hocso.certificate.document.CertificateContent;
import vn.hocso.certificate.document.CertificatePdf;
import vn.hocso.platform.ProblemException;
import vn.hocso.platform.pdf.ExternalReferences;

/**
 * The HTML/CSS templates certificates are rendered from, one per {@link CertificateKind}:
 * the ADMIN's, kept in the shared database (table certificate_template, one row per kind:
 * id 1 for courses, 2 for in-person programmes, 3 for exams' certificates of assessment),
 * if there is one, otherwise the kind's default from the application's resources. Each
 * node caches them (Caffeine) and reloads them in the background once
 * hocso.certificates.template-refresh-interval has passed, so a template saved on another
 * node is used here within that interval; one saved on this node at once. A course
 * template file left in the data directory by an earlier version is imported into the
 * database once.
 */
@Component
public class CertificateTemplates {

	static final CertificateContent SAMPLE = new CertificateContent("NA-2026-000123", "k7m2x9qa3hf8wz5c",
			"Nguyễn Thị Hồng Ánh", LocalDate.of(1990, 5, 17), "Xã Diễn Kỷ, huyện Diễn Châu",
			"Kỹ năng số cơ bản cho cán bộ, công chức", 750, LocalDate.of(2026, 11, 20), 92,
			"Sở Thông tin và Truyền thông tỉnh Nghệ An", "Giám đốc", "Đặng Quốc Hưng", LocalDate.of(2026, 11, 21),
			"demo-2026", CertificateContent.FORMAT_BIRTH_DATE_COMMITTED, "q3Vx1bU8cT0yZkR2mW9fAg");

	static final CertificateContent SAMPLE_IN_PERSON = new CertificateContent("NA-2026-000124", "p4n8d2xq7hk3wz6m",
			"Trần Thị Hồng Ánh", LocalDate.of(1988, 3, 9), "Xã Diễn Kỷ, huyện Diễn Châu",
			"Tập huấn cán bộ đầu mối triển khai Nền tảng học trực tuyến", 1260, LocalDate.of(2026, 7, 3), null,
			"Sở Thông tin và Truyền thông tỉnh Nghệ An", "Giám đốc", "Đặng Quốc Hưng", LocalDate.of(2026, 7, 4),
			"demo-2026", CertificateContent.FORMAT_WITH_KIND, "q3Vx1bU8cT0yZkR2mW9fAg", CertificateKind.IN_PERSON,
			Map.of("className", "Lớp 1", "venue", "Hội trường Trung tâm CNTT&TT, số 2 Trường Thi, TP Vinh", "firstDay",
					"2026-07-01", "lastDay", "2026-07-03", "sessionsAttended", "6/6"));

	static final CertificateContent SAMPLE_ASSESSMENT = new CertificateContent("NA-2026-000125", "r6t2m8wq4jk9xz3n",
			"Lê Minh Đức", LocalDate.of(1991, 8, 2), "Huyện Diễn Châu", "Sát hạch kỹ năng số cán bộ CNTT năm 2026", 15,
			LocalDate.of(2026, 11, 12), 90, "Sở Thông tin và Truyền thông tỉnh Nghệ An", "Giám đốc", "Đặng Quốc Hưng",
			LocalDate.of(2026, 11, 12), "demo-2026", CertificateContent.FORMAT_WITH_KIND, "q3Vx1bU8cT0yZkR2mW9fAg",
			CertificateKind.ASSESSMENT, Map.of("examCode", "SH-CNTT-2026", "passPercent", "60", "questionCount", "10"));

	private final Path legacyCourseFile;

	private final CertificateProperties properties;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final LoadingCache<CertificateKind, Optional<String>> custom;

	CertificateTemplates(CertificateProperties properties, JdbcClient jdbc, Clock clock,
			@Value("${hocso.certificates.template-refresh-interval:5s}") Duration refreshInterval) {
		this.properties = properties;
		this.legacyCourseFile = Path.of(properties.templateFile());
		this.jdbc = jdbc;
		this.clock = clock;
		this.custom = Caffeine.newBuilder().refreshAfterWrite(refreshInterval).build(this::load);
	}

	/** The course certificates' template. */
	public String current() {
		return current(CertificateKind.COURSE);
	}

	public String current(CertificateKind kind) {
		return custom.get(kind).orElseGet(() -> CertificatePdf.defaultTemplate(kind));
	}

	public boolean isCustom() {
		return isCustom(CertificateKind.COURSE);
	}

	public boolean isCustom(CertificateKind kind) {
		return custom.get(kind).isPresent();
	}

	public void replace(String html) {
		replace(CertificateKind.COURSE, html);
	}

	public void reset() {
		reset(CertificateKind.COURSE);
	}

	public byte[] preview(String html) {
		return preview(CertificateKind.COURSE, html);
	}

	/**
	 * Replaces the template after checking that it refers to nothing outside itself and
	 * renders; the PDFs already made stay until regenerated.
	 */
	public synchronized void replace(CertificateKind kind, String html) {
		preview(kind, html);
		store(kind, html);
		custom.put(kind, Optional.of(html));
	}

	public synchronized void reset(CertificateKind kind) {
		jdbc.sql("delete from certificate_template where id = ?").param(rowId(kind)).update();
		if (kind == CertificateKind.COURSE) {
			try {
				Files.deleteIfExists(legacyCourseFile);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		custom.put(kind, Optional.empty());
	}

	/**
	 * This template filled with sample data, as a PDF; a template that does not render is
	 * a 400.
	 */
	public byte[] preview(CertificateKind kind, String html) {
		CertificateContent sample = switch (kind) {
			case COURSE -> SAMPLE;
			case IN_PERSON -> SAMPLE_IN_PERSON;
			case ASSESSMENT -> SAMPLE_ASSESSMENT;
		};
		// Rendering would ignore them anyway (OfflineRendering); refusing says so to the
		// author.
		List<String> external = ExternalReferences.in(html);
		if (!external.isEmpty()) {
			throw ProblemException.badRequest("certificate.template-external",
					String.join(", ", external.subList(0, Math.min(3, external.size()))));
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
		try {
			CertificatePdf.render(html, sample, properties.issuePlace(),
					properties.publicBaseUrl() + "/verify/" + sample.verificationCode(), out);
		}
		catch (IOException | RuntimeException ex) {
			// Where, never what the parser said: its message names classes and echoes
			// input.
			SAXParseException parse = parseError(ex);
			if (parse != null && parse.getLineNumber() > 0) {
				throw ProblemException.badRequest("certificate.template-malformed", parse.getLineNumber(),
						Math.max(parse.getColumnNumber(), 1));
			}
			throw ProblemException.badRequest("certificate.template-invalid");
		}
		return out.toByteArray();
	}

	private static @Nullable SAXParseException parseError(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof SAXParseException parse) {
				return parse;
			}
		}
		return null;
	}

	// Fixed row ids (certificate_template.id): a constant added to or moved in the enum
	// must
	// not move a stored template.
	private static int rowId(CertificateKind kind) {
		return switch (kind) {
			case COURSE -> 1;
			case IN_PERSON -> 2;
			case ASSESSMENT -> 3;
		};
	}

	private Optional<String> load(CertificateKind kind) {
		Optional<String> stored = jdbc.sql("select html from certificate_template where id = ?")
			.param(rowId(kind))
			.query(String.class)
			.optional();
		if (stored.isPresent() || kind != CertificateKind.COURSE || !Files.exists(legacyCourseFile)) {
			return stored;
		}
		try {
			// Left by a version that kept the template in the data directory: it becomes
			// the cluster's.
			String legacy = Files.readString(legacyCourseFile, StandardCharsets.UTF_8);
			store(kind, legacy);
			Files.deleteIfExists(legacyCourseFile);
			return Optional.of(legacy);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void store(CertificateKind kind, String html) {
		Timestamp now = Timestamp.from(clock.instant());
		int id = rowId(kind);
		if (jdbc.sql("update certificate_template set html = ?, updated_at = ? where id = ?")
			.params(html, now, id)
			.update() == 0) {
			try {
				jdbc.sql("insert into certificate_template (id, html, updated_at) values (?, ?, ?)")
					.params(id, html, now)
					.update();
			}
			catch (DuplicateKeyException saved) {
				// Another node saved one at the same moment; this one is the later save.
				jdbc.sql("update certificate_template set html = ?, updated_at = ? where id = ?")
					.params(html, now, id)
					.update();
			}
		}
	}

}
