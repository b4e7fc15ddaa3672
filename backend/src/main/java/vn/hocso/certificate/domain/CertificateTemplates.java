package vn.hocso.certificate.domain;

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
 * The HTML/CSS template certificates are rendered from: the ADMIN's file in the data directory
 * if there is one, otherwise the default from the application's resources.
 */
@Component
public class CertificateTemplates {

	static final CertificateContent SAMPLE = new CertificateContent("NA-2026-000123", "k7m2x9qa3hf8wz5c",
			"Nguyễn Thị Hồng Ánh", LocalDate.of(1990, 5, 17), "Xã Diễn Kỷ, huyện Diễn Châu",
			"Kỹ năng số cơ bản cho cán bộ, công chức", 750, LocalDate.of(2026, 11, 20), 92,
			"Sở Thông tin và Truyền thông tỉnh Nghệ An", "Giám đốc", "Đặng Quốc Hưng", LocalDate.of(2026, 11, 21),
			"demo-2026", CertificateContent.FORMAT_BIRTH_DATE_COMMITTED, "q3Vx1bU8cT0yZkR2mW9fAg");

	private final Path file;

	private final CertificateProperties properties;

	private volatile String current;

	CertificateTemplates(CertificateProperties properties) {
		this.properties = properties;
		this.file = Path.of(properties.templateFile());
		this.current = load();
	}

	public String current() {
		return current;
	}

	public boolean isCustom() {
		return Files.exists(file);
	}

	/**
	 * Replaces the template after checking that it refers to nothing outside itself and renders; the PDFs
	 * already made stay until regenerated.
	 */
	public synchronized void replace(String html) {
		preview(html);
		try {
			Files.createDirectories(file.toAbsolutePath().getParent());
			Files.writeString(file, html, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		this.current = html;
	}

	public synchronized void reset() {
		try {
			Files.deleteIfExists(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		this.current = CertificatePdf.defaultTemplate();
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

	private String load() {
		try {
			return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : CertificatePdf.defaultTemplate();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
