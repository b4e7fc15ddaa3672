package vn.hocso.quiz.importing;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Entities;

import vn.hocso.quiz.domain.QuestionContent;

/**
 * Writes a bank as Moodle XML: a category per topic, multichoice questions, images as
 * embedded files, the explanation as general feedback and the difficulty as a tag —
 * everything {@link MoodleXmlFormat} reads back.
 */
final class MoodleXmlExport {

	private MoodleXmlExport() {
	}

	static byte[] write(List<QuestionContent> questions) {
		StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<quiz>\n");
		Map<String, List<QuestionContent>> byTopic = questions.stream()
			.collect(Collectors.groupingBy(QuestionContent::topic, TreeMap::new, Collectors.toList()));
		int n = 0;
		for (Map.Entry<String, List<QuestionContent>> topic : byTopic.entrySet()) {
			xml.append("  <question type=\"category\">\n    <category><text>$course$/top/")
				.append(escape(topic.getKey().replace("/", "//")))
				.append("</text></category>\n  </question>\n");
			for (QuestionContent question : topic.getValue()) {
				n++;
				xml.append("  <question type=\"multichoice\">\n");
				xml.append("    <name><text>").append(escape(abbreviate(question.stem()))).append("</text></name>\n");
				xml.append("    <questiontext format=\"html\">\n      <text>")
					.append(cdata(paragraphs(question.stem())));
				String image = question.image();
				String[] parts = image == null ? null : image.split("[:;,]", 4);
				if (parts != null && parts.length == 4) {
					String extension = parts[1].substring(parts[1].indexOf('/') + 1);
					xml.append(cdata("<p><img src=\"@@PLUGINFILE@@/hinh-" + n + "." + extension + "\" alt=\"\"></p>"))
						.append("</text>\n      <file name=\"hinh-")
						.append(n)
						.append('.')
						.append(extension)
						.append("\" path=\"/\" encoding=\"base64\">")
						.append(parts[3])
						.append("</file>\n");
				}
				else {
					xml.append("</text>\n");
				}
				xml.append("    </questiontext>\n");
				if (question.explanation() != null) {
					xml.append("    <generalfeedback format=\"html\"><text>")
						.append(cdata(paragraphs(question.explanation())))
						.append("</text></generalfeedback>\n");
				}
				// The import reads the difficulty back from this tag.
				xml.append("    <tags><tag><text>")
					.append(question.difficulty().name().toLowerCase(java.util.Locale.ROOT))
					.append("</text></tag></tags>\n");
				xml.append("    <defaultgrade>1</defaultgrade>\n    <single>")
					.append(!question.multipleCorrect())
					.append("</single>\n    <shuffleanswers>1</shuffleanswers>\n    <answernumbering>abc</answernumbering>\n");
				long correct = question.options().stream().filter(QuestionContent.Option::correct).count();
				for (QuestionContent.Option option : question.options()) {
					String fraction = !option.correct() ? "0" : correct == 1 ? "100" : trim(100.0 / correct);
					xml.append("    <answer fraction=\"")
						.append(fraction)
						.append("\" format=\"html\"><text>")
						.append(cdata(escape(option.text())))
						.append("</text></answer>\n");
				}
				xml.append("  </question>\n");
			}
		}
		return xml.append("</quiz>\n").toString().getBytes(StandardCharsets.UTF_8);
	}

	private static String trim(double value) {
		return String.format(Locale.ROOT, "%.5f", value).replaceAll("0+$", "").replaceAll("\\.$", "");
	}

	private static String abbreviate(String stem) {
		String oneLine = stem.replaceAll("\\s+", " ");
		return oneLine.length() <= 60 ? oneLine : oneLine.substring(0, 57) + "…";
	}

	private static String paragraphs(String text) {
		return "<p>" + escape(text).replace("\n", "<br>") + "</p>";
	}

	private static String cdata(String text) {
		return "<![CDATA[" + text.replace("]]>", "]]]]><![CDATA[>") + "]]>";
	}

	/**
	 * Escaped by jsoup with XHTML's entities only, so that the text is valid in XML as
	 * well as in HTML.
	 */
	private static String escape(String text) {
		return Entities.escape(text,
				new Document.OutputSettings().escapeMode(Entities.EscapeMode.xhtml).charset(StandardCharsets.UTF_8));
	}

}
