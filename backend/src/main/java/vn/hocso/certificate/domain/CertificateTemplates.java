package vn.hocso.certificate.domain;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.xml.sax.SAXParseException;

import vn.hocso.certificate.CertificateKind;
import vn.hocso.certificate.document.CertificateContent;
import vn.hocso.certificate.document.CertificatePdf;
import vn.hocso.platform.ProblemException;
import vn.hocso.platform.pdf.ExternalReferences;

/**
 * The HTML/CSS templates certificates are rendered from, one per {@link CertificateKind}: the ADMIN's
 * file in the data directory if there is one ({@code templateFile} for courses, a sibling
 * {@code …-in-person.html} for in-person programmes), otherwise the kind's default from the resources.
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

	private final Map<CertificateKind, Path> files = new EnumMap<>(CertificateKind.class);

	private final CertificateProperties properties;

	private final Map<CertificateKind, String> current = new EnumMap<>(CertificateKind.class);

	CertificateTemplates(CertificateProperties properties) {
		this.properties = properties;
		Path course = Path.of(properties.templateFile());
		String name = course.getFileName().toString();
		String stem = name.endsWith(".html") ? name.substring(0, name.length() - 5) : name;
		files.put(CertificateKind.COURSE, course);
		files.put(CertificateKind.IN_PERSON, course.resolveSibling(stem + "-in-person.html"));
		for (CertificateKind kind : CertificateKind.values()) {
			current.put(kind, load(kind));
		}
	}

	/** The course certificates' template. */
	public String current() {
		return current(CertificateKind.COURSE);
	}

	public synchronized String current(CertificateKind kind) {
		return current.get(kind);
	}

	public boolean isCustom() {
		return isCustom(CertificateKind.COURSE);
	}

	public boolean isCustom(CertificateKind kind) {
		return Files.exists(files.get(kind));
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
	 * Replaces the template after checking that it refers to nothing outside itself and renders; the PDFs
	 * already made stay until regenerated.
	 */
	public synchronized void replace(CertificateKind kind, String html) {
		preview(kind, html);
		Path file = files.get(kind);
		try {
			Files.createDirectories(file.toAbsolutePath().getParent());
			Files.writeString(file, html, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		current.put(kind, html);
	}

	public synchronized void reset(CertificateKind kind) {
		try {
			Files.deleteIfExists(files.get(kind));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		current.put(kind, CertificatePdf.defaultTemplate(kind));
	}

	/** This template filled with sample data, as a PDF; a template that does not render is a 400. */
	public byte[] preview(CertificateKind kind, String html) {
		CertificateContent sample = kind == CertificateKind.COURSE ? SAMPLE : SAMPLE_IN_PERSON;
		// Rendering would ignore them anyway (OfflineRendering); refusing says so to the author.
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

	private String load(CertificateKind kind) {
		Path file = files.get(kind);
		try {
			return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8)
					: CertificatePdf.defaultTemplate(kind);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
