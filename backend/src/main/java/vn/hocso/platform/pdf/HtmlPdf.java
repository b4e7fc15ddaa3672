package vn.hocso.platform.pdf;

import java.io.IOException;
import java.io.OutputStream;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

/**
 * One XHTML page (from a template) to one PDF, the way every office document is rendered:
 * offline ({@link OfflineRendering}: a value typed into a template cannot make the server
 * fetch a URL) and with the vendored Noto Sans, regular and bold, as
 * {@link NotoSans#FAMILY} for Vietnamese. Documents rendered in bulk (certificates,
 * posters) use {@link NotoSans#use} on their own document instead.
 */
public final class HtmlPdf {

	private HtmlPdf() {
	}

	public static void render(String xhtml, OutputStream out) throws IOException {
		PdfRendererBuilder builder = OfflineRendering.configure(new PdfRendererBuilder());
		builder.useFastMode();
		builder.useFont(() -> HtmlPdf.class.getResourceAsStream("/fonts/NotoSans-Regular.ttf"), NotoSans.FAMILY, 400,
				FontStyle.NORMAL, true);
		builder.useFont(() -> HtmlPdf.class.getResourceAsStream("/fonts/NotoSans-Bold.ttf"), NotoSans.FAMILY, 700,
				FontStyle.NORMAL, true);
		builder.withHtmlContent(xhtml, null);
		builder.toStream(out);
		builder.run();
	}

}
