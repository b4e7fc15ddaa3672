package vn.hocso.quiz.importing;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import org.jsoup.Jsoup;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Element;

/**
 * A Moodle question's image: the first picture embedded in its text — a
 * {@code <file encoding="base64">} (Moodle 2+), an inline {@code data:} URI, or Moodle
 * 1.9's {@code <image_base64>} — told PNG or JPEG (or GIF/WebP, which the bank then
 * refuses) from its bytes. Every picture that cannot come along is a warning on the
 * question, never a silent drop: an unreadable or unknown one, a second one, one the text
 * shows but the file does not hold, one on another web site.
 */
final class MoodleImages {

	private MoodleImages() {
	}

	static @Nullable String of(Element question, @Nullable Element questionText, List<String> warnings) {
		List<String> found = new ArrayList<>();
		List<String> embeddedNames = new ArrayList<>();
		for (Element file : MoodleXmlFormat.children(questionText, "file")) {
			embeddedNames.add(file.getAttribute("name"));
			if (!"base64".equals(file.getAttribute("encoding"))) {
				warnings.add("image-dropped-unreadable");
				continue;
			}
			add(file.getTextContent(), found, warnings);
		}
		String html = MoodleXmlFormat.text(MoodleXmlFormat.child(questionText, "text"));
		for (org.jsoup.nodes.Element img : Jsoup.parseBodyFragment(html).select("img[src]")) {
			String src = img.attr("src").strip();
			if (src.startsWith("@@PLUGINFILE@@/")) {
				String name = URLDecoder.decode(src.substring("@@PLUGINFILE@@/".length()), StandardCharsets.UTF_8);
				if (embeddedNames.stream().noneMatch(n -> n.equals(name) || n.equals(src.substring(15)))) {
					warnings.add("image-dropped-missing-file");
				}
			}
			else if (src.startsWith("data:") && src.contains(";base64,")) {
				add(src.substring(src.indexOf(";base64,") + 8), found, warnings);
			}
			else {
				warnings.add("image-dropped-external");
			}
		}
		// Moodle 1.9 kept the picture beside the text:
		// <image>name</image><image_base64>…</image_base64>.
		Element legacy = MoodleXmlFormat.child(question, "image_base64");
		if (legacy != null && !legacy.getTextContent().isBlank()) {
			add(legacy.getTextContent(), found, warnings);
		}
		else if (!MoodleXmlFormat.text(MoodleXmlFormat.child(question, "image")).isBlank()) {
			warnings.add("image-dropped-missing-file");
		}
		if (found.size() > 1) {
			for (int i = 1; i < found.size(); i++) {
				warnings.add("image-dropped-extra");
			}
		}
		return found.isEmpty() ? null : found.getFirst();
	}

	private static void add(String base64Text, List<String> found, List<String> warnings) {
		String data = base64Text.replaceAll("\\s+", "");
		byte[] bytes;
		try {
			bytes = Base64.getDecoder().decode(data);
		}
		catch (IllegalArgumentException ex) {
			warnings.add("image-dropped-unreadable");
			return;
		}
		String mime = mime(bytes);
		if (mime == null) {
			warnings.add("image-dropped-unreadable");
			return;
		}
		found.add("data:" + mime + ";base64," + data);
	}

	/**
	 * PNG and JPEG are kept; GIF and WebP are passed on so that the bank names them in
	 * its refusal.
	 */
	static @Nullable String mime(byte[] bytes) {
		if (bytes.length >= 8 && (bytes[0] & 0xFF) == 0x89 && bytes[1] == 'P' && bytes[2] == 'N' && bytes[3] == 'G') {
			return "image/png";
		}
		if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xD8 && (bytes[2] & 0xFF) == 0xFF) {
			return "image/jpeg";
		}
		if (bytes.length >= 6 && bytes[0] == 'G' && bytes[1] == 'I' && bytes[2] == 'F') {
			return "image/gif";
		}
		if (bytes.length >= 12 && bytes[0] == 'R' && bytes[1] == 'I' && bytes[2] == 'F' && bytes[3] == 'F'
				&& bytes[8] == 'W' && bytes[9] == 'E' && bytes[10] == 'B' && bytes[11] == 'P') {
			return "image/webp";
		}
		return null;
	}

}
