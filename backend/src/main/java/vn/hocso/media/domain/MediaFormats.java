package vn.hocso.media.domain;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;

import vn.hocso.media.MediaKind;
import vn.hocso.platform.ProblemException;

/**
 * Recognises an uploaded file from its bytes: an MP4 with H.264 video (and AAC audio, if
 * any), a WebM, a PDF or a PowerPoint (.pptx) file; reads a video's duration from its
 * container. Anything else is refused with a problem, whatever its name says.
 */
final class MediaFormats {

	record Recognised(MediaKind kind, @Nullable Integer durationSeconds) {
	}

	private MediaFormats() {
	}

	static Recognised recognise(Path file, String fileName) throws IOException {
		long size = Files.size(file);
		if (size == 0) {
			throw ProblemException.badRequest("media.empty", fileName);
		}
		byte[] head = new byte[16];
		int read;
		try (InputStream in = Files.newInputStream(file)) {
			read = in.readNBytes(head, 0, head.length);
		}
		if (read >= 8 && ascii(head, 4, 4).equals("ftyp")) {
			return new Recognised(MediaKind.MP4, Mp4.durationSeconds(file, fileName));
		}
		if (read >= 4 && (head[0] & 0xFF) == 0x1A && (head[1] & 0xFF) == 0x45 && (head[2] & 0xFF) == 0xDF
				&& (head[3] & 0xFF) == 0xA3) {
			return new Recognised(MediaKind.WEBM, WebM.durationSeconds(file, fileName));
		}
		if (read >= 5 && ascii(head, 0, 5).equals("%PDF-")) {
			return new Recognised(MediaKind.PDF, null);
		}
		if (read >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4 && isPresentation(file)) {
			return new Recognised(MediaKind.PPTX, null);
		}
		throw new ProblemException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "media.type-not-accepted", fileName);
	}

	private static boolean isPresentation(Path file) {
		try (ZipFile zip = new ZipFile(file.toFile())) {
			Enumeration<? extends ZipEntry> entries = zip.entries();
			while (entries.hasMoreElements()) {
				if (entries.nextElement().getName().startsWith("ppt/")) {
					return true;
				}
			}
			return false;
		}
		catch (IOException notAZip) {
			return false;
		}
	}

	static String ascii(byte[] bytes, int offset, int length) {
		return new String(bytes, offset, length, StandardCharsets.ISO_8859_1);
	}

	/**
	 * ISO base media file format: boxes of (size, type); the movie header holds timescale
	 * and duration.
	 */
	static final class Mp4 {

		private static final List<String> CONTAINERS = List.of("moov", "trak", "mdia", "minf", "stbl");

		private Mp4() {
		}

		static int durationSeconds(Path file, String fileName) throws IOException {
			try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
				Scan scan = new Scan();
				walk(channel, 0, channel.size(), scan, 0);
				if (scan.timescale <= 0 || scan.duration <= 0) {
					throw ProblemException.badRequest("media.video-unreadable", fileName);
				}
				// A cut-off upload still has its index when the index comes first: its
				// boxes must fill the file
				// exactly, hold the media data, and every chunk the index points to must
				// lie inside the file.
				if (scan.truncated || !scan.mediaData || scan.chunkOffsets == 0
						|| scan.lastChunkOffset >= channel.size()) {
					throw ProblemException.badRequest("media.video-truncated", fileName);
				}
				boolean h264 = scan.sampleFormats.stream().anyMatch(f -> f.equals("avc1") || f.equals("avc3"));
				boolean otherCodec = scan.sampleFormats.stream()
					.anyMatch(f -> !f.equals("avc1") && !f.equals("avc3") && !f.equals("mp4a"));
				if (!h264 || otherCodec) {
					throw new ProblemException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "media.video-codec", fileName,
							String.join(", ", scan.sampleFormats));
				}
				return (int) Math.ceil((double) scan.duration / scan.timescale);
			}
		}

		private static final class Scan {

			long timescale;

			long duration;

			final List<String> sampleFormats = new ArrayList<>();

			boolean truncated;

			boolean mediaData;

			long chunkOffsets;

			long lastChunkOffset;

		}

		private static void walk(FileChannel channel, long from, long to, Scan scan, int depth) throws IOException {
			long position = from;
			while (position + 8 <= to && depth < 8) {
				ByteBuffer header = read(channel, position, 16);
				if (header.remaining() < 8) {
					return;
				}
				long size = Integer.toUnsignedLong(header.getInt(0));
				String type = new String(new byte[] { header.get(4), header.get(5), header.get(6), header.get(7) },
						StandardCharsets.ISO_8859_1);
				int headerLength = 8;
				if (size == 1 && header.remaining() >= 16) {
					size = header.getLong(8);
					headerLength = 16;
				}
				else if (size == 0) {
					size = to - position;
				}
				if (size < headerLength || position + size > to) {
					scan.truncated = true;
					return;
				}
				long body = position + headerLength;
				scan.mediaData |= depth == 0 && type.equals("mdat") && size > headerLength;
				if (CONTAINERS.contains(type)) {
					walk(channel, body, position + size, scan, depth + 1);
				}
				else if (type.equals("mvhd")) {
					ByteBuffer mvhd = read(channel, body, 32);
					if (mvhd.get(0) == 1) {
						scan.timescale = Integer.toUnsignedLong(mvhd.getInt(20));
						scan.duration = mvhd.getLong(24);
					}
					else {
						scan.timescale = Integer.toUnsignedLong(mvhd.getInt(12));
						scan.duration = Integer.toUnsignedLong(mvhd.getInt(16));
					}
				}
				else if (type.equals("stco") || type.equals("co64")) {
					chunkOffsets(channel, body, position + size, type.equals("co64"), scan);
				}
				else if (type.equals("stsd")) {
					// version/flags (4), entry count (4), then the first sample entry:
					// size (4), format (4)
					ByteBuffer stsd = read(channel, body, 16);
					if (stsd.remaining() >= 16) {
						byte[] format = new byte[4];
						stsd.get(12, format);
						scan.sampleFormats.add(new String(format, StandardCharsets.ISO_8859_1));
					}
				}
				position += size;
			}
			if (depth == 0 && position != to) {
				// Bytes after the last whole box: a box header cut off mid-way.
				scan.truncated = true;
			}
		}

		/**
		 * Version/flags (4), entry count (4), then 32- or 64-bit file offsets: counts
		 * them and keeps the largest.
		 */
		private static void chunkOffsets(FileChannel channel, long body, long end, boolean wide, Scan scan)
				throws IOException {
			ByteBuffer head = read(channel, body, 8);
			if (head.remaining() < 8) {
				scan.truncated = true;
				return;
			}
			long count = Integer.toUnsignedLong(head.getInt(4));
			int width = wide ? 8 : 4;
			if (body + 8 + count * width > end) {
				scan.truncated = true;
				return;
			}
			long position = body + 8;
			long left = count;
			while (left > 0) {
				int batch = (int) Math.min(left, 8192);
				ByteBuffer offsets = read(channel, position, batch * width);
				for (int i = 0; i < batch; i++) {
					long offset = wide ? offsets.getLong(i * 8) : Integer.toUnsignedLong(offsets.getInt(i * 4));
					scan.lastChunkOffset = Math.max(scan.lastChunkOffset, offset);
				}
				position += (long) batch * width;
				left -= batch;
			}
			scan.chunkOffsets += count;
		}

	}

	/**
	 * Matroska/WebM: EBML elements; Segment → Info holds TimecodeScale (ns) and Duration
	 * (a float).
	 */
	static final class WebM {

		private static final long SEGMENT = 0x18538067L;

		private static final long INFO = 0x1549A966L;

		private static final long TIMECODE_SCALE = 0x2AD7B1L;

		private static final long DURATION = 0x4489L;

		private static final long EBML = 0x1A45DFA3L;

		private static final long DOC_TYPE = 0x4282L;

		private static final long CUES = 0x1C53BB6BL;

		private WebM() {
		}

		static int durationSeconds(Path file, String fileName) throws IOException {
			try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
				long end = channel.size();
				long position = 0;
				String docType = "";
				while (position < end) {
					Element element = Element.at(channel, position, end);
					if (element == null) {
						break;
					}
					if (element.id == EBML) {
						docType = docType(channel, element);
					}
					else if (element.id == SEGMENT) {
						if (!docType.equals("webm")) {
							break;
						}
						double seconds = segmentDuration(channel, element);
						if (seconds <= 0) {
							break;
						}
						if (element.overruns || !wholeWithCues(channel, element)) {
							throw ProblemException.badRequest("media.video-truncated", fileName);
						}
						return (int) Math.ceil(seconds);
					}
					position = element.end;
				}
			}
			throw ProblemException.badRequest("media.video-unreadable", fileName);
		}

		private static String docType(FileChannel channel, Element ebml) throws IOException {
			long position = ebml.dataStart;
			while (position < ebml.end) {
				Element child = Element.at(channel, position, ebml.end);
				if (child == null) {
					break;
				}
				if (child.id == DOC_TYPE) {
					ByteBuffer data = read(channel, child.dataStart, (int) Math.min(32, child.end - child.dataStart));
					byte[] bytes = new byte[data.remaining()];
					data.get(bytes);
					return new String(bytes, StandardCharsets.US_ASCII).trim().replace("\0", "");
				}
				position = child.end;
			}
			return "";
		}

		private static double segmentDuration(FileChannel channel, Element segment) throws IOException {
			long position = segment.dataStart;
			// Info comes near the start; do not scan a whole file of clusters for it.
			long limit = Math.min(segment.end, segment.dataStart + 1_048_576);
			while (position < limit) {
				Element child = Element.at(channel, position, segment.end);
				if (child == null) {
					return 0;
				}
				if (child.id == INFO) {
					long scale = 1_000_000;
					double duration = 0;
					long p = child.dataStart;
					while (p < child.end) {
						Element field = Element.at(channel, p, child.end);
						if (field == null) {
							break;
						}
						int length = (int) (field.end - field.dataStart);
						ByteBuffer data = read(channel, field.dataStart, Math.min(length, 8));
						if (field.id == TIMECODE_SCALE) {
							scale = unsigned(data);
						}
						else if (field.id == DURATION) {
							duration = length == 4 ? data.getFloat(0) : length == 8 ? data.getDouble(0) : 0;
						}
						p = field.end;
					}
					return duration * scale / 1e9;
				}
				position = child.end;
			}
			return 0;
		}

		/**
		 * The segment's top-level elements (clusters, cues…) each fit in the file and the
		 * cue index is among them: a cut-off upload loses its last cluster's end, and the
		 * cues that ffmpeg writes after the clusters.
		 */
		private static boolean wholeWithCues(FileChannel channel, Element segment) throws IOException {
			boolean cues = false;
			long position = segment.dataStart;
			while (position < segment.end) {
				Element child = Element.at(channel, position, segment.end);
				if (child == null || child.overruns) {
					return false;
				}
				cues |= child.id == CUES;
				if (child.end <= position) {
					return false;
				}
				position = child.end;
			}
			return cues;
		}

		private static long unsigned(ByteBuffer data) {
			long value = 0;
			for (int i = 0; i < data.remaining(); i++) {
				value = (value << 8) | (data.get(i) & 0xFF);
			}
			return value;
		}

		/**
		 * {@code overruns}: the element declares more bytes than its parent (or the file)
		 * has left.
		 */
		private record Element(long id, long dataStart, long end, boolean overruns) {

			static @Nullable Element at(FileChannel channel, long position, long parentEnd) throws IOException {
				ByteBuffer bytes = read(channel, position, 16);
				if (bytes.remaining() < 2) {
					return null;
				}
				int first = bytes.get(0) & 0xFF;
				int idLength = Integer.numberOfLeadingZeros(first) - 23;
				if (idLength < 1 || idLength > 4 || bytes.remaining() < idLength + 1) {
					return null;
				}
				long id = 0;
				for (int i = 0; i < idLength; i++) {
					id = (id << 8) | (bytes.get(i) & 0xFF);
				}
				int sizeFirst = bytes.get(idLength) & 0xFF;
				int sizeLength = Integer.numberOfLeadingZeros(sizeFirst) - 23;
				if (sizeLength < 1 || sizeLength > 8 || bytes.remaining() < idLength + sizeLength) {
					return null;
				}
				long size = sizeFirst & (0xFF >> sizeLength);
				boolean unknown = size == (0xFF >> sizeLength);
				for (int i = 1; i < sizeLength; i++) {
					int b = bytes.get(idLength + i) & 0xFF;
					unknown &= b == 0xFF;
					size = (size << 8) | b;
				}
				long dataStart = position + idLength + sizeLength;
				long end = unknown ? parentEnd : Math.min(parentEnd, dataStart + size);
				return new Element(id, dataStart, end, !unknown && dataStart + size > parentEnd);
			}

		}

	}

	private static ByteBuffer read(FileChannel channel, long position, int length) throws IOException {
		ByteBuffer buffer = ByteBuffer.allocate(Math.max(0, length));
		while (buffer.hasRemaining()) {
			int n = channel.read(buffer, position + buffer.position());
			if (n < 0) {
				break;
			}
		}
		buffer.flip();
		return buffer;
	}

}
