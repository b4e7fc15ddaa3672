package vn.hocso.quiz.importing;

import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * Turns the HTML that Moodle and GIFT files carry into plain text with jsoup: paragraphs
 * and line breaks become new lines, every tag (scripts and styles with their content) is
 * dropped, every entity is decoded the way a browser would (one out of Unicode's range
 * becomes U+FFFD, never an error). Question text is shown as text, never as markup, so
 * nothing in a file can run in a browser.
 */
final class HtmlText {

	private static final Set<String> BLOCKS = Set.of("p", "div", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6",
			"blockquote", "pre", "table", "ul", "ol");

	private HtmlText() {
	}

	/**
	 * jsoup turns <code>&amp;#xD800;</code> into a lone surrogate, which no UTF-8 column
	 * can hold: it becomes U+FFFD like every other impossible character. Control
	 * characters other than line breaks and tabs are dropped.
	 */
	private static String storable(CharSequence text) {
		StringBuilder clean = new StringBuilder(text.length());
		text.codePoints().forEach(c -> {
			if (Character.isSurrogate((char) c) && c <= 0xFFFF) {
				clean.append('\uFFFD');
			}
			else if (!Character.isISOControl(c) || c == '\n' || c == '\t') {
				clean.appendCodePoint(c);
			}
		});
		return clean.toString();
	}

	static String toPlain(String html) {
		Document document = Jsoup.parseBodyFragment(html);
		document.select("script, style, iframe, object, embed, noscript, template").remove();
		StringBuilder text = new StringBuilder();
		document.body().traverse(new NodeVisitor() {

			@Override
			public void head(Node node, int depth) {
				if (node instanceof TextNode textNode) {
					text.append(textNode.getWholeText());
				}
				else if (node instanceof Element element && element.nameIs("br")) {
					text.append('\n');
				}
			}

			@Override
			public void tail(Node node, int depth) {
				if (node instanceof Element element && BLOCKS.contains(element.normalName())) {
					text.append('\n');
				}
			}

		});
		return storable(text).replace('\u00a0', ' ')
			.replaceAll("[ \\t\\r\\f]+", " ")
			.replaceAll(" *\n *", "\n")
			.replaceAll("\n{2,}", "\n")
			.strip();
	}

}
