package vn.hocso.course.demo;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.Map;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.samskivert.mustache.Template;

import vn.hocso.platform.HtmlTemplates;
import vn.hocso.platform.pdf.OfflineRendering;

/** A lecture's handout as an A4 PDF, Noto Sans embedded for the Vietnamese text. */
final class HandoutPdf {

	private static final String FONT = "Noto Sans";

	/** {@code course/handout.mustache}: XHTML for openhtmltopdf, every text escaped. */
	private static final Template TEMPLATE = HtmlTemplates.compile("course", "handout");

	private HandoutPdf() {
	}

	static void write(String course, int number, String title, String summary, String text, OutputStream out)
			throws IOException {
		PdfRendererBuilder builder = OfflineRendering.configure(new PdfRendererBuilder());
		builder.useFastMode();
		builder.useFont(() -> HandoutPdf.class.getResourceAsStream("/fonts/NotoSans-Regular.ttf"), FONT, 400,
				FontStyle.NORMAL, true);
		builder.useFont(() -> HandoutPdf.class.getResourceAsStream("/fonts/NotoSans-Bold.ttf"), FONT, 700,
				FontStyle.NORMAL, true);
		String html = TEMPLATE
			.execute(Map.of("font", FONT, "course", course, "number", number, "title", title, "summary", summary,
					"paragraphs", Arrays.stream(text.strip().split("\\R\\s*\\R")).map(String::strip).toList()));
		builder.withHtmlContent(html, null);
		builder.toStream(out);
		builder.run();
	}

}
