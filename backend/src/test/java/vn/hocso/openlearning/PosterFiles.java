package vn.hocso.openlearning;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.NotFoundException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Reads posters back as a person would: the QR code through a camera-like decoder, the
 * text as printed.
 */
final class PosterFiles {

	private PosterFiles() {
	}

	record Read(String qrText, String text, int pages, float widthPt) {
	}

	static Read read(byte[] pdf) throws IOException, NotFoundException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			String qr = qrOf(new PDFRenderer(document));
			return new Read(qr, new PDFTextStripper().getText(document), document.getNumberOfPages(),
					document.getPage(0).getMediaBox().getWidth());
		}
	}

	/**
	 * A phone's scanner looks for a QR code only and tries hard, at more than one
	 * distance: a plain decode at 110 dpi once missed an A4 poster's code in CI (the
	 * codes are random, so are the modules).
	 */
	private static String qrOf(PDFRenderer renderer) throws IOException, NotFoundException {
		Map<DecodeHintType, Object> hints = Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE,
				DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.QR_CODE));
		NotFoundException missed = null;
		for (int dpi : new int[] { 110, 200 }) {
			BufferedImage page = renderer.renderImageWithDPI(0, dpi);
			try {
				return new MultiFormatReader()
					.decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(page))), hints)
					.getText();
			}
			catch (NotFoundException e) {
				missed = e;
			}
		}
		throw missed;
	}

	static Map<String, byte[]> unzip(byte[] zip) throws IOException {
		Map<String, byte[]> entries = new LinkedHashMap<>();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				entries.put(entry.getName(), in.readAllBytes());
			}
		}
		return entries;
	}

}
