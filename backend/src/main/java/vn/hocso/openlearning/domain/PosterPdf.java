package vn.hocso.openlearning.domain;

import java.io.IOException;
import java.io.OutputStream;
import java.text.Normalizer;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.samskivert.mustache.Template;
import org.apache.pdfbox.pdmodel.PDDocument;

import vn.hocso.platform.HtmlTemplates;
import vn.hocso.platform.pdf.NotoSans;
import vn.hocso.platform.pdf.OfflineRendering;
import vn.hocso.platform.pdf.QrCodes;

/**
 * A poster (A4) or leaflet (A6) in Vietnamese for one commune: the commune's name, what
 * the code opens, a large QR code and the short URL printed so that it can be typed.
 * Rendered offline with the lean Noto Sans, like certificates.
 */
final class PosterPdf {

	/**
	 * {@code openlearning/poster.mustache}: XHTML for openhtmltopdf, every text escaped.
	 */
	private static final Template TEMPLATE = HtmlTemplates.compile("openlearning", "poster");

	private PosterPdf() {
	}

	/**
	 * What a poster says. {@code place} is the line under the commune's name (district,
	 * province).
	 */
	record Poster(String communeName, String place, String title, String summary, String callToAction, String shortUrl,
			String footer, PosterFormat format) {
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
		Map<String, Object> page = new HashMap<>();
		page.put("pageSize", f.pageSize());
		page.put("font", NotoSans.FAMILY);
		for (int mm : new int[] { 2, 4, 6, 8, 10, 14, 110 }) {
			page.put("mm" + mm, f.mm(mm));
		}
		for (int pt : new int[] { 12, 13, 15, 20, 26, 30 }) {
			page.put("pt" + pt, f.pt(pt));
		}
		page.put("communeName", nfc(poster.communeName()));
		page.put("place", nfc(poster.place()));
		page.put("title", nfc(poster.title()));
		page.put("summary", nfc(poster.summary()));
		page.put("qr",
				"data:image/png;base64," + Base64.getEncoder().encodeToString(QrCodes.png(poster.shortUrl(), 0)));
		page.put("callToAction", nfc(poster.callToAction()));
		page.put("shortUrl", nfc(poster.shortUrl().replaceFirst("^https?://", "")));
		page.put("footer", nfc(poster.footer()));
		return TEMPLATE.execute(page);
	}

	private static String nfc(String value) {
		return Normalizer.normalize(value, Normalizer.Form.NFC);
	}

}
