package vn.hocso.quiz.importing;

import java.io.StringReader;
import java.text.Normalizer;
import java.util.ArrayList;
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
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

import vn.hocso.platform.ProblemException;
import vn.hocso.quiz.domain.Difficulty;
import vn.hocso.quiz.domain.QuestionContent;
import vn.hocso.quiz.domain.QuestionContent.Option;

/**
 * Moodle XML question export: {@code multichoice} and {@code truefalse} are read (HTML
 * made plain, the embedded image kept as the question's image — see {@link MoodleImages}
 * — general feedback as the explanation, {@code category} entries as the topic, the tags
 * easy/medium/hard as the difficulty); other types (cloze, essay…) are skipped, each
 * named with its type and the reason. DTDs and external entities are refused (XXE).
 */
final class MoodleXmlFormat {

	private MoodleXmlFormat() {
	}

	static List<ImportedQuestion> parse(String xml) {
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
			case "cloze", "multianswer" -> "cloze";
			case "calculated", "calculatedsimple", "calculatedmulti" -> "calculated";
			case "ddwtos", "gapselect", "ddimageortext", "ddmarker" -> "drag-and-drop";
			default -> "unsupported-type";
		};
	}

	private static ImportedQuestion choice(int number, @Nullable String title, Element question, String topic,
			String type) {
		Element questionText = child(question, "questiontext");
		String stem = HtmlText.toPlain(text(child(questionText, "text")));
		List<String> warnings = new ArrayList<>();
		String image = MoodleImages.of(question, questionText, warnings);
		String explanation = emptyToNull(HtmlText.toPlain(text(child(child(question, "generalfeedback"), "text"))));
		List<Option> options = new ArrayList<>();
		for (Element answer : children(question, "answer")) {
			double fraction;
			try {
				fraction = Double
					.parseDouble(answer.getAttribute("fraction").isBlank() ? "0" : answer.getAttribute("fraction"));
			}
			catch (NumberFormatException ex) {
				return ImportedQuestion.broken(number, title, "moodle-bad-fraction");
			}
			String text = HtmlText.toPlain(text(child(answer, "text")));
			if (type.equals("truefalse")) {
				text = text.toLowerCase(Locale.ROOT).equals("true") ? "Đúng"
						: text.toLowerCase(Locale.ROOT).equals("false") ? "Sai" : text;
			}
			options.add(new Option(text, fraction > 0));
		}
		Difficulty difficulty = Difficulty.MEDIUM;
		for (Element tag : children(child(question, "tags"), "tag")) {
			String value = Normalizer.normalize(text(child(tag, "text")).strip(), Normalizer.Form.NFC)
				.toLowerCase(Locale.ROOT);
			Difficulty tagged = difficulty(value);
			if (tagged != null) {
				difficulty = tagged;
			}
		}
		QuestionContent content = new QuestionContent(topic, difficulty, stem, image, options, explanation);
		return ImportedQuestion.of(number, title, content, content.problems()).withWarnings(warnings);
	}

	/**
	 * The tags that the export writes ("easy", "medium", "hard") and the Vietnamese ones
	 * authors type.
	 */
	private static @Nullable Difficulty difficulty(String tag) {
		return switch (tag) {
			case "dễ", "de", "easy" -> Difficulty.EASY;
			case "trung bình", "trung binh", "medium" -> Difficulty.MEDIUM;
			case "khó", "kho", "hard" -> Difficulty.HARD;
			default -> null;
		};
	}

	private static Document document(String xml) {
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
			factory.setExpandEntityReferences(false);
			factory.setXIncludeAware(false);
			factory.setNamespaceAware(false);
			DocumentBuilder builder = factory.newDocumentBuilder();
			builder.setErrorHandler(null);
			// Read from the decoded text: the bytes' encoding was settled (or refused) by
			// BankText.
			return builder.parse(new InputSource(new StringReader(xml)));
		}
		catch (SAXParseException ex) {
			// Where, never what the parser said (its text names classes and echoes the
			// input).
			throw ProblemException.badRequest("quiz.import-unreadable",
					"XML " + ex.getLineNumber() + ":" + ex.getColumnNumber());
		}
		catch (Exception ex) {
			throw ProblemException.badRequest("quiz.import-unreadable", "XML");
		}
	}

	static List<Element> children(@Nullable Element parent, String name) {
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

	static @Nullable Element child(@Nullable Element parent, String name) {
		List<Element> found = children(parent, name);
		return found.isEmpty() ? null : found.getFirst();
	}

	static String text(@Nullable Node node) {
		return node == null ? "" : node.getTextContent();
	}

	private static @Nullable String emptyToNull(String text) {
		return text.isBlank() ? null : text;
	}

}
