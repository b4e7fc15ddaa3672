package vn.hocso.openlearning.domain;

import java.text.Normalizer;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document.OutputSettings;
import org.jsoup.safety.Safelist;

/**
 * The HTML a material's page may hold: text structure (paragraphs, headings, lists,
 * emphasis, quotes, tables) and links out (http, https, mailto, tel; opened without a
 * referrer). No script, style, image, frame or form: the page is shown to anyone, under a
 * strict CSP, and must stay light on 3G.
 */
public final class RichText {

	private static final Safelist ALLOWED = Safelist.basic()
		.addTags("h2", "h3", "h4", "table", "thead", "tbody", "tr", "th", "td", "caption", "hr")
		.removeProtocols("a", "href", "ftp")
		.addProtocols("a", "href", "tel")
		.addEnforcedAttribute("a", "rel", "nofollow noopener noreferrer");

	private RichText() {
	}

	public static String sanitize(String html) {
		String clean = Jsoup.clean(Normalizer.normalize(html, Normalizer.Form.NFC), "", ALLOWED,
				new OutputSettings().prettyPrint(false));
		return clean.strip();
	}

}
