package vn.hocso.openlearning.domain;

import java.io.IOException;
import java.io.OutputStream;
import java.text.Normalizer;
import java.util.Base64;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.apache.pdfbox.pdmodel.PDDocument;

import vn.hocso.platform.pdf.NotoSans;
import vn.hocso.platform.pdf.OfflineRendering;
import vn.hocso.platform.pdf.QrCodes;

/**
 * A poster (A4) or leaflet (A6) in Vietnamese for one commune: the commune's name, what the code
 * opens, a large QR code and the short URL printed so that it can be typed. Rendered offline with
 * the lean Noto Sans, like certificates.
 */
final class PosterPdf {

	private PosterPdf() {
	}

	/** What a poster says. {@code place} is the line under the commune's name (district, province). */
	record Poster(String communeName, String place, String title, String summary, String callToAction,
			String shortUrl, String footer, PosterFormat format) {
	}

	static void render(Poster poster, OutputStream out) throws IOException {
		try (PDDocument document = new PDDocument()) {
			PdfRendererBuilder builder = OfflineRendering.configure(new PdfRendererBuilder());
			builder.useFastMode();
			builder.usePDDocument(document);
			NotoSans.use(builder, document);
			builder.withHtmlContent(html(poster), null);
			builder.toStream(out);
			builder.run();
		}
	}

	static String html(Poster poster) {
		PosterFormat f = poster.format();
		String qr = "data:image/png;base64," + Base64.getEncoder().encodeToString(QrCodes.png(poster.shortUrl(), 0));
		return "<html><head><style>"
				+ "@page { size: " + f.pageSize() + "; margin: " + f.mm(14) + "; }"
				+ "body { font-family: '" + NotoSans.FAMILY + "'; color: #111; text-align: center; margin: 0; }"
				+ ".brand { font-size: " + f.pt(13) + "; color: #1d4e89; font-weight: bold; letter-spacing: 0.5pt; }"
				+ ".commune { font-size: " + f.pt(30) + "; font-weight: bold; margin-top: " + f.mm(6) + "; }"
				+ ".place { font-size: " + f.pt(13) + "; color: #444; }"
				+ ".title { font-size: " + f.pt(26) + "; font-weight: bold; color: #1d4e89; margin-top: " + f.mm(10) + "; }"
				+ ".summary { font-size: " + f.pt(13) + "; margin: " + f.mm(4) + " " + f.mm(8) + " 0 " + f.mm(8) + "; }"
				+ ".qr { margin-top: " + f.mm(8) + "; } .qr img { width: " + f.mm(110) + "; height: " + f.mm(110)
				+ "; image-rendering: pixelated; }"
				+ ".scan { font-size: " + f.pt(15) + "; font-weight: bold; margin-top: " + f.mm(4) + "; }"
				+ ".url { font-size: " + f.pt(20) + "; font-weight: bold; margin-top: " + f.mm(2) + "; }"
				+ ".free { font-size: " + f.pt(12) + "; color: #444; margin-top: " + f.mm(6) + "; }"
				+ "</style></head><body>"
				+ "<div class='brand'>HỌC SỐ — KỸ NĂNG SỐ CHO NGƯỜI DÂN</div>"
				+ "<div class='commune'>" + text(poster.communeName()) + "</div>"
				+ "<div class='place'>" + text(poster.place()) + "</div>"
				+ "<div class='title'>" + text(poster.title()) + "</div>"
				+ "<div class='summary'>" + text(poster.summary()) + "</div>"
				+ "<div class='qr'><img src='" + qr + "'/></div>"
				+ "<div class='scan'>" + text(poster.callToAction()) + "</div>"
				+ "<div class='url'>" + text(poster.shortUrl().replaceFirst("^https?://", "")) + "</div>"
				+ "<div class='free'>" + text(poster.footer()) + "</div>"
				+ "</body></html>";
	}

	private static String text(String value) {
		return Normalizer.normalize(value, Normalizer.Form.NFC)
			.replace("&", "&amp;")
			.replace("<", "&lt;")
			.replace(">", "&gt;")
			.replace("'", "&#39;")
			.replace("\"", "&quot;");
	}

}
