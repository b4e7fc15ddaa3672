package vn.hocso.headcount.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

import vn.hocso.platform.ProblemException;
import vn.hocso.platform.storage.FileStore;
import vn.hocso.platform.storage.Storage;

/**
 * Decision PDFs, named by their SHA-256 ({@code <sha256>.pdf} in the storage area
 * {@code headcount/documents}: the directory {@code hocso.headcount.documents-dir} or the
 * shared object store): the same file uploaded twice is stored once, and a stored file is
 * never overwritten with other content.
 */
@Component
class DocumentStore {

	private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);

	private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

	private final HeadcountProperties properties;

	private final FileStore files;

	DocumentStore(HeadcountProperties properties, Storage storage) {
		this.properties = properties;
		this.files = storage.area("headcount/documents", properties.documentsDir());
	}

	/**
	 * Checks that the bytes are a PDF within the size limit and stores them; returns
	 * their SHA-256.
	 */
	String store(byte[] content) {
		if (content.length > properties.maxDocumentSize().toBytes()) {
			throw ProblemException.badRequest("headcount.document-too-large",
					properties.maxDocumentSize().toMegabytes());
		}
		if (!isPdf(content)) {
			throw ProblemException.badRequest("headcount.document-not-pdf");
		}
		String sha256 = sha256(content);
		String key = keyOf(sha256);
		if (!files.exists(key)) {
			files.put(key, content, "application/pdf");
		}
		return sha256;
	}

	byte[] read(String sha256) {
		return files.read(keyOf(sha256))
			.orElseThrow(() -> new IllegalStateException("The stored decision " + sha256 + ".pdf is missing"));
	}

	private static String keyOf(String sha256) {
		if (!SHA256.matcher(sha256).matches()) {
			throw new IllegalArgumentException("not a SHA-256: " + sha256);
		}
		return sha256 + ".pdf";
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
