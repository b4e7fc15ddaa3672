package vn.hocso.training.web;

import java.util.Map;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

/**
 * The check-in URL as an SVG QR code, drawn as one path so the projector page scales it
 * crisply.
 */
final class QrSvg {

	private QrSvg() {
	}

	static String of(String text) {
		try {
			BitMatrix matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
					Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 2));
			StringBuilder path = new StringBuilder();
			for (int y = 0; y < matrix.getHeight(); y++) {
				for (int x = 0; x < matrix.getWidth(); x++) {
					if (matrix.get(x, y)) {
						path.append('M').append(x).append(' ').append(y).append("h1v1h-1z");
					}
				}
			}
			return "<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 " + matrix.getWidth() + " "
					+ matrix.getHeight()
					+ "' shape-rendering='crispEdges'><rect width='100%' height='100%' fill='#fff'/>"
					+ "<path fill='#000' d='" + path + "'/></svg>";
		}
		catch (WriterException e) {
			throw new IllegalStateException("QR code not drawable", e);
		}
	}

}
