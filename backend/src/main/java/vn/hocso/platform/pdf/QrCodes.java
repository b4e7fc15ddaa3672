package vn.hocso.platform.pdf;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

/**
 * QR codes as 1-bit PNG images, one pixel per module: the PDF scales them up without
 * smoothing ({@code image-rendering: pixelated}). Written directly rather than through
 * ImageIO, which cost a third of the QR's time in a 4,500-certificate run.
 */
public final class QrCodes {

	private QrCodes() {
	}

	/**
	 * {@code pixels} 0 gives the smallest image: one pixel per module plus a one-module
	 * margin.
	 */
	public static byte[] png(String text, int pixels) {
		try {
			BitMatrix matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, pixels, pixels,
					Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 1));
			return png(matrix);
		}
		catch (WriterException ex) {
			throw new IllegalArgumentException("Cannot encode a QR code for " + text, ex);
		}
	}

	public static byte[] png(BitMatrix matrix) {
		int width = matrix.getWidth();
		int height = matrix.getHeight();
		int rowBytes = (width + 7) / 8;
		try {
			ByteArrayOutputStream raw = new ByteArrayOutputStream(height * (rowBytes + 1));
			for (int y = 0; y < height; y++) {
				raw.write(0);
				for (int byteIndex = 0; byteIndex < rowBytes; byteIndex++) {
					int bits = 0;
					for (int bit = 0; bit < 8; bit++) {
						int x = byteIndex * 8 + bit;
						// 1 is white in a 1-bit greyscale PNG; a set module is black.
						boolean white = x >= width || !matrix.get(x, y);
						bits = (bits << 1) | (white ? 1 : 0);
					}
					raw.write(bits);
				}
			}
			ByteArrayOutputStream compressed = new ByteArrayOutputStream();
			try (DeflaterOutputStream deflate = new DeflaterOutputStream(compressed,
					new Deflater(Deflater.BEST_SPEED))) {
				deflate.write(raw.toByteArray());
			}
			ByteArrayOutputStream header = new ByteArrayOutputStream(13);
			DataOutputStream ihdr = new DataOutputStream(header);
			ihdr.writeInt(width);
			ihdr.writeInt(height);
			ihdr.write(new byte[] { 1, 0, 0, 0, 0 });

			ByteArrayOutputStream png = new ByteArrayOutputStream(compressed.size() + 64);
			png.write(new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' });
			chunk(png, "IHDR", header.toByteArray());
			chunk(png, "IDAT", compressed.toByteArray());
			chunk(png, "IEND", new byte[0]);
			return png.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void chunk(ByteArrayOutputStream png, String type, byte[] data) throws IOException {
		DataOutputStream out = new DataOutputStream(png);
		byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
		out.writeInt(data.length);
		out.write(typeBytes);
		out.write(data);
		CRC32 crc = new CRC32();
		crc.update(typeBytes);
		crc.update(data);
		out.writeInt((int) crc.getValue());
	}

}
