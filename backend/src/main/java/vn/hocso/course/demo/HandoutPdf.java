package vn.hocso.course.demo;

import java.io.IOException;
import java.io.OutputStream;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import vn.hocso.platform.pdf.OfflineRendering;

/** A lecture's handout as an A4 PDF, Noto Sans embedded for the Vietnamese text. */
final class HandoutPdf {

	private static final String FONT = "Noto Sans";

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
		StringBuilder html = new StringBuilder("<html><head><style>")
			.append("@page { size: A4; margin: 20mm; @bottom-center { content: 'Học Số — tài liệu bài giảng · trang ' counter(page); font-family: '")
			.append(FONT)
			.append("'; font-size: 8pt; color: #555; } }")
			.append("body { font-family: '" + FONT + "'; font-size: 11pt; line-height: 1.5; }")
			.append(".course { color: #555; font-size: 9pt; } h1 { font-size: 17pt; margin: 4pt 0 10pt 0; }")
			.append(".summary { font-weight: bold; border-left: 3pt solid #1d4e89; padding-left: 8pt; }")
			.append("p { text-align: justify; }</style></head><body>");
		html.append("<p class='course'>").append(escape(course)).append("</p>");
		html.append("<h1>Bài ").append(number).append(". ").append(escape(title)).append("</h1>");
		html.append("<p class='summary'>").append(escape(summary)).append("</p>");
		for (String paragraph : text.strip().split("\\R\\s*\\R")) {
			html.append("<p>").append(escape(paragraph.strip())).append("</p>");
		}
		html.append("</body></html>");
		builder.withHtmlContent(html.toString(), null);
		builder.toStream(out);
		builder.run();
	}

	private static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("'", "&#39;");
	}

}
