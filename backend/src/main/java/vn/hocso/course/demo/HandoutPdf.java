package vn.hocso.course.demo;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.Map;

import com.samskivert.mustache.Template;

import vn.hocso.platform.HtmlTemplates;
import vn.hocso.platform.pdf.HtmlPdf;
import vn.hocso.platform.pdf.NotoSans;

/** A lecture's handout as an A4 PDF, Noto Sans embedded for the Vietnamese text. */
final class HandoutPdf {

	private static final String FONT = NotoSans.FAMILY;

	/** {@code course/handout.mustache}: XHTML for openhtmltopdf, every text escaped. */
	private static final Template TEMPLATE = HtmlTemplates.compile("course", "handout");

	private HandoutPdf() {
	}

	static void write(String course, int number, String title, String summary, String text, OutputStream out)
			throws IOException {
		String html = TEMPLATE
			.execute(Map.of("font", FONT, "course", course, "number", number, "title", title, "summary", summary,
					"paragraphs", Arrays.stream(text.strip().split("\\R\\s*\\R")).map(String::strip).toList()));
		HtmlPdf.render(html, out);
	}

}
