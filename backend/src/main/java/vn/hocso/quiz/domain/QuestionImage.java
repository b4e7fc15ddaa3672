package vn.hocso.quiz.domain;

import java.util.Base64;

import org.jspecify.annotations.Nullable;

/**
 * A question's optional image, kept with the version as a {@code data:} URI (so an edit
 * versions it with the wording, and exports carry it): PNG or JPEG, told from its bytes
 * rather than its label, and small enough to travel with the twenty questions of an
 * attempt.
 */
final class QuestionImage {

	static final int MAX_BYTES = 512 * 1024;

	private static final String PNG = "data:image/png;base64,";

	private static final String JPEG = "data:image/jpeg;base64,";

	private QuestionImage() {
	}

	/** The problem code of an image that may not be stored, or null. */
	static @Nullable String problem(String dataUri) {
		boolean png = dataUri.startsWith(PNG);
		boolean jpeg = dataUri.startsWith(JPEG);
		if (!png && !jpeg) {
			return "image-not-png-or-jpeg";
		}
		String base64 = dataUri.substring(png ? PNG.length() : JPEG.length());
		// Four base64 characters per three bytes: refuse an oversized image before
		// decoding it.
		if ((long) base64.length() * 3 / 4 > MAX_BYTES + 2) {
			return "image-too-large";
		}
		byte[] bytes;
		try {
			bytes = Base64.getMimeDecoder().decode(base64);
		}
		catch (IllegalArgumentException notBase64) {
			return "image-not-png-or-jpeg";
		}
		if (bytes.length > MAX_BYTES) {
			return "image-too-large";
		}
		return (png ? isPng(bytes) : isJpeg(bytes)) ? null : "image-not-png-or-jpeg";
	}

	private static boolean isPng(byte[] bytes) {
		byte[] signature = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' };
		if (bytes.length < signature.length) {
			return false;
		}
		for (int i = 0; i < signature.length; i++) {
			if (bytes[i] != signature[i]) {
				return false;
			}
		}
		return true;
	}

	private static boolean isJpeg(byte[] bytes) {
		return bytes.length >= 3 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xD8 && (bytes[2] & 0xFF) == 0xFF;
	}

}
