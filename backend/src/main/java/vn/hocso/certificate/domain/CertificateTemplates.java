package vn.hocso.certificate.domain;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;

import java.util.List;

import org.springframework.stereotype.Component;
import org.xml.sax.SAXParseException;

import vn.hocso.certificate.document.CertificateContent;
import vn.hocso.certificate.document.CertificatePdf;
import vn.hocso.platform.ProblemException;
import vn.hocso.platform.pdf.ExternalReferences;
import vn.hocso.platform.storage.FileStore;
import vn.hocso.platform.storage.Storage;

/**
 * The HTML/CSS template certificates are rendered from: the ADMIN's file ({@code hocso.certificates.template-file},
 * or the storage area {@code certificates/template} of the shared object store) if there is one, otherwise
 * the default from the application's resources.
 */
@Component
public class CertificateTemplates {

	static final CertificateContent SAMPLE = new CertificateContent("NA-2026-000123", "k7m2x9qa3hf8wz5c",
			"Nguyễn Thị Hồng Ánh", LocalDate.of(1990, 5, 17), "Xã Diễn Kỷ, huyện Diễn Châu",
			"Kỹ năng số cơ bản cho cán bộ, công chức", 750, LocalDate.of(2026, 11, 20), 92,
			"Sở Thông tin và Truyền thông tỉnh Nghệ An", "Giám đốc", "Đặng Quốc Hưng", LocalDate.of(2026, 11, 21),
			"demo-2026", CertificateContent.FORMAT_BIRTH_DATE_COMMITTED, "q3Vx1bU8cT0yZkR2mW9fAg");

	private final FileStore store;

	private final String key;

	private final CertificateProperties properties;

	private volatile String current;

	CertificateTemplates(CertificateProperties properties, Storage storage) {
		this.properties = properties;
		Path file = Path.of(properties.templateFile()).toAbsolutePath();
		this.store = storage.area("certificates/template", file.getParent());
		this.key = file.getFileName().toString();
		this.current = load();
	}

	public String current() {
		return current;
	}

	public boolean isCustom() {
		return store.exists(key);
	}

	/**
	 * Replaces the template after checking that it refers to nothing outside itself and renders; the PDFs
	 * already made stay until regenerated.
	 */
	public synchronized void replace(String html) {
		preview(html);
		store.put(key, html.getBytes(StandardCharsets.UTF_8), "text/html; charset=utf-8");
		this.current = html;
	}

	public synchronized void reset() {
		store.delete(key);
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
		return store.read(key)
			.map(bytes -> new String(bytes, StandardCharsets.UTF_8))
			.orElseGet(CertificatePdf::defaultTemplate);
	}

}
