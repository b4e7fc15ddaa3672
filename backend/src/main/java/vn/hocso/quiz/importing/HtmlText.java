package vn.hocso.quiz.importing;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the HTML that Moodle and GIFT files carry into plain text: paragraphs and line breaks
 * become new lines, every tag (scripts and styles with their content) is dropped, entities are
 * decoded. Question text is shown as text, never as markup, so nothing in a file can run in a browser.
 */
final class HtmlText {

	private static final Pattern DANGEROUS = Pattern.compile("(?is)<(script|style|iframe|object)[^>]*>.*?</\\1\\s*>");

	private static final Pattern BREAKS = Pattern.compile("(?i)<br\\s*/?>|</p\\s*>|</div\\s*>|</li\\s*>");

	private static final Pattern TAG = Pattern.compile("(?s)<[^>]*>");

	private static final Pattern ENTITY = Pattern.compile("&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);");

	private static final Map<String, String> NAMED = Map.ofEntries(Map.entry("amp", "&"), Map.entry("lt", "<"),
			Map.entry("gt", ">"), Map.entry("quot", "\""), Map.entry("apos", "'"), Map.entry("nbsp", " "),
			Map.entry("ndash", "–"), Map.entry("mdash", "—"), Map.entry("hellip", "…"), Map.entry("laquo", "«"),
			Map.entry("raquo", "»"), Map.entry("ldquo", "“"), Map.entry("rdquo", "”"), Map.entry("lsquo", "‘"),
			Map.entry("rsquo", "’"), Map.entry("copy", "©"), Map.entry("reg", "®"), Map.entry("deg", "°"));

	private HtmlText() {
	}

	static String toPlain(String html) {
		String text = DANGEROUS.matcher(html).replaceAll("");
		text = BREAKS.matcher(text).replaceAll("\n");
		text = TAG.matcher(text).replaceAll("");
		text = decodeEntities(text);
		return text.replace('\u00a0', ' ').replaceAll("[ \\t]+", " ").replaceAll(" *\n *", "\n").replaceAll("\n{2,}", "\n").strip();
	}

	static String decodeEntities(String text) {
		Matcher matcher = ENTITY.matcher(text);
		StringBuilder out = new StringBuilder();
		while (matcher.find()) {
			String entity = matcher.group(1);
			String replacement;
			if (entity.startsWith("#x") || entity.startsWith("#X")) {
				replacement = Character.toString(Integer.parseInt(entity.substring(2), 16));
			}
			else if (entity.startsWith("#")) {
				replacement = Character.toString(Integer.parseInt(entity.substring(1)));
			}
			else {
				replacement = NAMED.getOrDefault(entity, matcher.group());
			}
			matcher.appendReplacement(out, Matcher.quoteReplacement(replacement));
		}
		matcher.appendTail(out);
		return out.toString();
	}

}
