package vn.hocso.quiz.importing;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import org.jspecify.annotations.Nullable;

import vn.hocso.platform.ProblemException;

/**
 * The text of a GIFT or Moodle XML file: UTF-8 (with or without a BOM) or UTF-16 with a
 * BOM, nothing else. Text in another encoding (Windows-1258, TCVN3, UTF-16 without a BOM)
 * is refused with the encoding to save it in, the way the staff-list import does, rather
 * than stored as garbage.
 */
final class BankText {

	private BankText() {
	}

	static String decode(byte[] file) {
		Charset charset = StandardCharsets.UTF_8;
		int skip = 0;
		if (file.length >= 3 && (file[0] & 0xFF) == 0xEF && (file[1] & 0xFF) == 0xBB && (file[2] & 0xFF) == 0xBF) {
			skip = 3;
		}
		else if (file.length >= 2 && (file[0] & 0xFF) == 0xFF && (file[1] & 0xFF) == 0xFE) {
			charset = StandardCharsets.UTF_16LE;
			skip = 2;
		}
		else if (file.length >= 2 && (file[0] & 0xFF) == 0xFE && (file[1] & 0xFF) == 0xFF) {
			charset = StandardCharsets.UTF_16BE;
			skip = 2;
		}
		String text = null;
		// A file cut off in the middle of a character is a truncated file, not one in
		// another encoding: its
		// parser says so. Up to three bytes (the start of a UTF-8 sequence, half a UTF-16
		// unit) may be lost.
		for (int cut = 0; cut <= 3 && text == null && file.length - skip - cut >= 0; cut++) {
			text = strict(charset, file, skip, file.length - skip - cut);
		}
		if (text == null) {
			throw ProblemException.badRequest("quiz.import-encoding");
		}
		// NULs between letters are UTF-16 read without its BOM; other control characters
		// are binary data.
		if (text.chars().anyMatch(c -> c < 0x20 && c != '\t' && c != '\n' && c != '\r')) {
			throw ProblemException.badRequest("quiz.import-encoding");
		}
		return text;
	}

	private static @Nullable String strict(Charset charset, byte[] file, int offset, int length) {
		try {
			return charset.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(file, offset, length))
				.toString();
		}
		catch (CharacterCodingException ex) {
			return null;
		}
	}

}
