package vn.hocso.headcount.domain;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

import vn.hocso.platform.ProblemException;

/**
 * Decision PDFs on disk, named by their SHA-256 ({@code <documents-dir>/<sha256>.pdf}): the same
 * file uploaded twice is stored once, and a stored file is never overwritten with other content.
 */
@Component
class DocumentStore {

	private static final byte[] PDF_MAGIC = "%PDF-".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

	private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

	private final HeadcountProperties properties;

	DocumentStore(HeadcountProperties properties) {
		this.properties = properties;
	}

	/** Checks that the bytes are a PDF within the size limit and stores them; returns their SHA-256. */
	String store(byte[] content) {
		if (content.length > properties.maxDocumentSize().toBytes()) {
			throw ProblemException.badRequest("headcount.document-too-large", properties.maxDocumentSize().toMegabytes());
		}
		if (!isPdf(content)) {
			throw ProblemException.badRequest("headcount.document-not-pdf");
		}
		String sha256 = sha256(content);
		Path target = fileOf(sha256);
		try {
			Files.createDirectories(target.getParent());
			if (!Files.exists(target)) {
				Path temporary = Files.createTempFile(target.getParent(), sha256, ".part");
				Files.write(temporary, content);
				Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return sha256;
	}

	byte[] read(String sha256) {
		try {
			return Files.readAllBytes(fileOf(sha256));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private Path fileOf(String sha256) {
		if (!SHA256.matcher(sha256).matches()) {
			throw new IllegalArgumentException("not a SHA-256: " + sha256);
		}
		return properties.documentsDir().resolve(sha256 + ".pdf");
	}

	static boolean isPdf(byte[] content) {
		if (content.length < PDF_MAGIC.length) {
			return false;
		}
		for (int i = 0; i < PDF_MAGIC.length; i++) {
			if (content[i] != PDF_MAGIC[i]) {
				return false;
			}
		}
		return true;
	}

	private static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
