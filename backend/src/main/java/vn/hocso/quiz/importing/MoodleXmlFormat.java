package vn.hocso.quiz.importing;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;

import org.jspecify.annotations.Nullable;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import vn.hocso.platform.ProblemException;
import vn.hocso.quiz.domain.Difficulty;
import vn.hocso.quiz.domain.QuestionContent;
import vn.hocso.quiz.domain.QuestionContent.Option;

/**
 * Moodle XML question export: {@code multichoice} and {@code truefalse} are read (HTML made plain,
 * the first embedded {@code <file>} image kept as the question's image, general feedback as the
 * explanation, {@code category} entries as the topic); other types are skipped with a reason.
 * DTDs and external entities are refused (XXE).
 */
final class MoodleXmlFormat {

	private MoodleXmlFormat() {
	}

	static List<ImportedQuestion> parse(byte[] xml) {
		Document document = document(xml);
		Element quiz = document.getDocumentElement();
		if (!quiz.getTagName().equals("quiz")) {
			throw ProblemException.badRequest("quiz.import-unreadable", "<quiz>");
		}
		List<ImportedQuestion> questions = new ArrayList<>();
		String topic = "Chung";
		int number = 0;
		for (Element question : children(quiz, "question")) {
			String type = question.getAttribute("type");
			if (type.equals("category")) {
				Element category = child(question, "category");
				if (category != null) {
					topic = GiftFormat.topicOfCategory(text(child(category, "text")));
				}
				continue;
			}
			number++;
			String title = emptyToNull(text(child(child(question, "name"), "text")).strip());
			switch (type) {
				case "multichoice", "truefalse" -> questions.add(choice(number, title, question, topic, type));
				default -> questions.add(ImportedQuestion.skipped(number, title, "skip-" + skipCode(type), type));
			}
		}
		return questions;
	}

	private static String skipCode(String type) {
		return switch (type) {
			case "shortanswer" -> "short-answer";
			case "essay" -> "essay";
			case "matching" -> "matching";
			case "numerical" -> "numerical";
			case "description" -> "description";
			default -> "unsupported-type";
		};
	}

	private static ImportedQuestion choice(int number, @Nullable String title, Element question, String topic, String type) {
		Element questionText = child(question, "questiontext");
		String stem = HtmlText.toPlain(text(child(questionText, "text")));
		String image = questionText == null ? null : image(questionText);
		String explanation = emptyToNull(HtmlText.toPlain(text(child(child(question, "generalfeedback"), "text"))));
		List<Option> options = new ArrayList<>();
		for (Element answer : children(question, "answer")) {
			double fraction;
			try {
				fraction = Double.parseDouble(answer.getAttribute("fraction").isBlank() ? "0" : answer.getAttribute("fraction"));
			}
			catch (NumberFormatException ex) {
				return ImportedQuestion.broken(number, title, "moodle-bad-fraction");
			}
			String text = HtmlText.toPlain(text(child(answer, "text")));
			if (type.equals("truefalse")) {
				text = text.toLowerCase(Locale.ROOT).equals("true") ? "Đúng" : text.toLowerCase(Locale.ROOT).equals("false") ? "Sai" : text;
			}
			options.add(new Option(text, fraction > 0));
		}
		Difficulty difficulty = Difficulty.MEDIUM;
		for (Element tag : children(child(question, "tags"), "tag")) {
			String value = text(child(tag, "text")).strip().toLowerCase(Locale.ROOT);
			if (value.equals("dễ") || value.equals("easy")) {
				difficulty = Difficulty.EASY;
			}
			else if (value.equals("khó") || value.equals("hard")) {
				difficulty = Difficulty.HARD;
			}
		}
		QuestionContent content = new QuestionContent(topic, difficulty, stem, image, options, explanation);
		return ImportedQuestion.of(number, title, content, content.problems());
	}

	private static @Nullable String image(Element questionText) {
		for (Element file : children(questionText, "file")) {
			String name = file.getAttribute("name").toLowerCase(Locale.ROOT);
			String mime = name.endsWith(".png") ? "image/png" : name.endsWith(".jpg") || name.endsWith(".jpeg") ? "image/jpeg"
					: name.endsWith(".gif") ? "image/gif" : name.endsWith(".webp") ? "image/webp" : null;
			if (mime == null || !"base64".equals(file.getAttribute("encoding"))) {
				continue;
			}
			String data = file.getTextContent().replaceAll("\\s+", "");
			try {
				Base64.getDecoder().decode(data);
			}
			catch (IllegalArgumentException ex) {
				continue;
			}
			return "data:" + mime + ";base64," + data;
		}
		return null;
	}

	private static Document document(byte[] xml) {
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
			factory.setExpandEntityReferences(false);
			factory.setXIncludeAware(false);
			factory.setNamespaceAware(false);
			DocumentBuilder builder = factory.newDocumentBuilder();
			builder.setErrorHandler(null);
			return builder.parse(new ByteArrayInputStream(xml));
		}
		catch (org.xml.sax.SAXParseException ex) {
			// Where, never what the parser said (its text names classes and echoes the input).
			throw ProblemException.badRequest("quiz.import-unreadable", "XML " + ex.getLineNumber() + ":" + ex.getColumnNumber());
		}
		catch (Exception ex) {
			throw ProblemException.badRequest("quiz.import-unreadable", "XML");
		}
	}

	private static List<Element> children(@Nullable Element parent, String name) {
		List<Element> found = new ArrayList<>();
		if (parent == null) {
			return found;
		}
		NodeList nodes = parent.getChildNodes();
		for (int i = 0; i < nodes.getLength(); i++) {
			if (nodes.item(i) instanceof Element element && element.getTagName().equals(name)) {
				found.add(element);
			}
		}
		return found;
	}

	private static @Nullable Element child(@Nullable Element parent, String name) {
		List<Element> found = children(parent, name);
		return found.isEmpty() ? null : found.getFirst();
	}

	private static String text(@Nullable Node node) {
		return node == null ? "" : node.getTextContent();
	}

	private static @Nullable String emptyToNull(String text) {
		return text.isBlank() ? null : text;
	}

}
