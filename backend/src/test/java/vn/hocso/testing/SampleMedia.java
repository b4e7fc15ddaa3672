package vn.hocso.testing;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Small files that look like what the media module accepts, built byte by byte (no ffmpeg
 * needed).
 */
public final class SampleMedia {

	private SampleMedia() {
	}

	/**
	 * An MP4 with an H.264 video track and an AAC audio track, a movie header of the
	 * given duration (timescale 1000), a chunk table pointing into the media data, and
	 * {@code payloadBytes} random bytes of media data (unique per call).
	 */
	public static byte[] mp4(int durationMillis, int payloadBytes, String... sampleFormats) {
		String[] formats = sampleFormats.length == 0 ? new String[] { "avc1", "mp4a" } : sampleFormats;
		byte[] ftyp = box("ftyp", "isom\0\0\2\0isomiso2avc1mp41".getBytes(StandardCharsets.ISO_8859_1));
		// The chunk table points at the media data, which follows the index: its offset
		// is known once the
		// index's size is, and that size does not depend on the offset's value.
		int mdatOffset = ftyp.length + moov(durationMillis, formats, 0).length;
		byte[] payload = new byte[payloadBytes];
		ThreadLocalRandom.current().nextBytes(payload);
		ByteArrayOutputStream file = new ByteArrayOutputStream();
		file.writeBytes(ftyp);
		file.writeBytes(moov(durationMillis, formats, mdatOffset + 8));
		file.writeBytes(box("mdat", payload));
		return file.toByteArray();
	}

	private static byte[] moov(int durationMillis, String[] formats, int chunkOffset) {
		ByteArrayOutputStream moov = new ByteArrayOutputStream();
		ByteBuffer mvhd = ByteBuffer.allocate(100);
		mvhd.putInt(0).putInt(0).putInt(0).putInt(1000).putInt(durationMillis);
		moov.writeBytes(box("mvhd", mvhd.array()));
		for (String format : formats) {
			ByteBuffer stsd = ByteBuffer.allocate(24);
			stsd.putInt(0).putInt(1).putInt(16).put(format.getBytes(StandardCharsets.ISO_8859_1)).putLong(0);
			ByteBuffer stco = ByteBuffer.allocate(12);
			stco.putInt(0).putInt(1).putInt(chunkOffset);
			ByteArrayOutputStream stbl = new ByteArrayOutputStream();
			stbl.writeBytes(box("stsd", stsd.array()));
			stbl.writeBytes(box("stco", stco.array()));
			moov.writeBytes(box("trak", box("mdia", box("minf", box("stbl", stbl.toByteArray())))));
		}
		return box("moov", moov.toByteArray());
	}

	/** A one-page-ish PDF header with random bytes after it (unique per call). */
	public static byte[] pdf() {
		return ("%PDF-1.4\n% " + ThreadLocalRandom.current().nextLong() + "\n1 0 obj << >> endobj\n%%EOF\n")
			.getBytes(StandardCharsets.US_ASCII);
	}

	private static byte[] box(String type, byte[] payload) {
		ByteBuffer box = ByteBuffer.allocate(8 + payload.length);
		box.putInt(8 + payload.length).put(type.getBytes(StandardCharsets.ISO_8859_1)).put(payload);
		return box.array();
	}

}
