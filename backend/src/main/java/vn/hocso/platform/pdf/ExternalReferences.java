package vn.hocso.platform.pdf;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.DocumentType;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

/**
 * The references an HTML document makes to anything outside itself: every URL-valued
 * attribute, CSS {@code url(…)} and {@code @import} in style attributes and style
 * elements, the DOCTYPE's system id. {@code data:} URIs, in-page anchors ({@code #…}) and
 * template placeholders ({@code {{qrCode}}}) are not external. Parsed with jsoup, which
 * fetches nothing.
 */
public final class ExternalReferences {

	private static final Set<String> URL_ATTRIBUTES = Set.of("src", "href", "srcset", "poster", "data", "background",
			"action", "formaction", "cite", "longdesc", "xlink:href", "manifest", "profile", "codebase", "archive",
			"usemap", "lowsrc", "dynsrc", "content");

	private static final Pattern CSS_URL = Pattern.compile(
			"url\\(\\s*(['\"]?)(.*?)\\1\\s*\\)|@import\\s+(['\"])(.*?)\\3", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*[A-Za-z]+\\s*}}");

	private ExternalReferences() {
	}

	public static List<String> in(String html) {
		Set<String> found = new LinkedHashSet<>();
		var document = Jsoup.parse(html);
		for (Node node : document.childNodes()) {
			if (node instanceof DocumentType doctype && !doctype.systemId().isBlank()) {
				found.add(doctype.systemId());
			}
		}
		for (Element element : document.getAllElements()) {
			for (Attribute attribute : element.attributes()) {
				String name = attribute.getKey().toLowerCase(Locale.ROOT);
				String value = attribute.getValue();
				if (name.equals("style")) {
					css(value, found);
				}
				else if (name.equals("content")) {
					// <meta http-equiv="refresh" content="0; url=…">
					if (element.normalName().equals("meta") && value.toLowerCase(Locale.ROOT).contains("url=")) {
						found.add(value.substring(value.toLowerCase(Locale.ROOT).indexOf("url=") + 4).strip());
					}
				}
				else if (URL_ATTRIBUTES.contains(name) && !value.isBlank()) {
					for (String candidate : name.equals("srcset") ? srcset(value) : List.of(value)) {
						if (isExternal(candidate)) {
							found.add(candidate.strip());
						}
					}
				}
			}
			if (element.normalName().equals("style")) {
				css(element.data(), found);
			}
		}
		return new ArrayList<>(found);
	}

	private static void css(String css, Set<String> found) {
		Matcher matcher = CSS_URL.matcher(css);
		while (matcher.find()) {
			String url = matcher.group(2) != null ? matcher.group(2) : matcher.group(4);
			if (url != null && isExternal(url)) {
				found.add(url.strip());
			}
		}
	}

	private static List<String> srcset(String value) {
		List<String> urls = new ArrayList<>();
		for (String part : value.split(",")) {
			String url = part.strip().split("\\s+")[0];
			if (!url.isEmpty()) {
				urls.add(url);
			}
		}
		return urls;
	}

	private static boolean isExternal(String reference) {
		String value = reference.strip();
		return !(value.isEmpty() || value.startsWith("#") || OfflineRendering.isDataUri(value)
				|| PLACEHOLDER.matcher(value).matches());
	}

}
