package vn.hocso.certificate.domain;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

import org.springframework.stereotype.Component;

import vn.hocso.certificate.document.CertificateContent;
import vn.hocso.certificate.document.CertificatePdf;
import vn.hocso.platform.storage.FileStore;
import vn.hocso.platform.storage.Storage;

/**
 * Certificate PDFs, rendered with the current template and kept as {@code <serial>.pdf}
 * in the storage area {@code certificates/pdf} (the directory
 * {@code hocso.certificates.pdf-dir}, or the shared object store); rendered on first
 * download, and again for a whole wave after a template change.
 */
@Component
public class CertificateFiles {

	private final CertificateProperties properties;

	private final CertificateTemplates templates;

	private final FileStore pdfs;

	CertificateFiles(CertificateProperties properties, CertificateTemplates templates, Storage storage) {
		this.properties = properties;
		this.templates = templates;
		this.pdfs = storage.area("certificates/pdf", Path.of(properties.pdfDir()));
	}

	private static String key(Certificate certificate) {
		return certificate.getSerial() + ".pdf";
	}

	public String verifyUrl(Certificate certificate) {
		return properties.publicBaseUrl() + "/verify/" + certificate.getVerificationCode() + "?sig="
				+ certificate.getSignature();
	}

	public byte[] pdf(Certificate certificate) {
		return pdfs.read(key(certificate)).orElseGet(() -> render(certificate));
	}

	/** Deletes the kept PDF, if any (a holder who asked to be forgotten). */
	public void delete(Certificate certificate) {
		pdfs.delete(key(certificate));
	}

	/** When the kept PDF was written, if there is one. */
	public Optional<Instant> renderedAt(Certificate certificate) {
		return pdfs.stat(key(certificate)).map(FileStore.StoredFile::lastModified);
	}

	/**
	 * Renders with the current template and stores the file (replacing an older one
	 * whole).
	 */
	public byte[] render(Certificate certificate) {
		byte[] pdf = renderOnly(certificate.content(), verifyUrl(certificate));
		pdfs.put(key(certificate), pdf, "application/pdf");
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
