package vn.hocso.certificate.domain;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.Optional;

import org.springframework.stereotype.Component;

import vn.hocso.certificate.document.CertificateContent;
import vn.hocso.certificate.document.CertificatePdf;

/**
 * Certificate PDFs, rendered with the current template and kept as {@code <serial>.pdf} in the
 * data directory; rendered on first download, and again for a whole wave after a template change.
 */
@Component
public class CertificateFiles {

	private final CertificateProperties properties;

	private final CertificateTemplates templates;

	private final Path dir;

	CertificateFiles(CertificateProperties properties, CertificateTemplates templates) {
		this.properties = properties;
		this.templates = templates;
		this.dir = Path.of(properties.pdfDir());
	}

	public String verifyUrl(Certificate certificate) {
		return properties.publicBaseUrl() + "/verify/" + certificate.getVerificationCode() + "?sig="
				+ certificate.getSignature();
	}

	public byte[] pdf(Certificate certificate) {
		Path file = dir.resolve(certificate.getSerial() + ".pdf");
		try {
			if (Files.exists(file)) {
				return Files.readAllBytes(file);
			}
			return render(certificate);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** When the kept PDF was written, if there is one. */
	public Optional<Instant> renderedAt(Certificate certificate) {
		try {
			Path file = dir.resolve(certificate.getSerial() + ".pdf");
			return Files.exists(file) ? Optional.of(Files.getLastModifiedTime(file).toInstant()) : Optional.empty();
		}
		catch (IOException ex) {
			return Optional.empty();
		}
	}

	/** Renders with the current template and stores the file (atomically replacing an older one). */
	public byte[] render(Certificate certificate) {
		byte[] pdf = renderOnly(certificate.content(), verifyUrl(certificate));
		try {
			Files.createDirectories(dir);
			Path file = dir.resolve(certificate.getSerial() + ".pdf");
			Path temporary = Files.createTempFile(dir, certificate.getSerial(), ".tmp");
			Files.write(temporary, pdf);
			Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return pdf;
	}

	public byte[] renderOnly(CertificateContent content, String verifyUrl) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(96 * 1024);
		try {
			CertificatePdf.render(templates.current(content.kind()), content, properties.issuePlace(), verifyUrl, out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

}
