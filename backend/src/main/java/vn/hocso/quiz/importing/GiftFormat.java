package vn.hocso.quiz.importing;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import vn.hocso.quiz.domain.Difficulty;
import vn.hocso.quiz.domain.QuestionContent;
import vn.hocso.quiz.domain.QuestionContent.Option;

/**
 * Moodle's GIFT text format: multiple choice ({@code {=right ~wrong}}, several right
 * answers as {@code ~%50%a ~%50%b}) and true/false ({@code {T}}, {@code {FALSE}});
 * {@code ::title::}, {@code //} comments, {@code $CATEGORY:} as the topic, {@code ####}
 * general feedback as the explanation, escapes {@code \= \~ \{ \} \# \:}. Other question
 * types are skipped with a reason.
 */
final class GiftFormat {

	private static final String DEFAULT_TOPIC = "Chung";

	private GiftFormat() {
	}

	static List<ImportedQuestion> parse(String text) {
		List<ImportedQuestion> questions = new ArrayList<>();
		String topic = DEFAULT_TOPIC;
		StringBuilder block = new StringBuilder();
		int number = 0;
		List<String> lines = new ArrayList<>(text.replace("\r\n", "\n").replace('\r', '\n').lines().toList());
		lines.add("");
		for (String line : lines) {
			String trimmed = line.strip();
			if (trimmed.startsWith("//")) {
				continue;
			}
			if (trimmed.startsWith("$CATEGORY:")) {
				String path = trimmed.substring("$CATEGORY:".length()).strip();
				topic = lastSegment(path);
				continue;
			}
			if (trimmed.isEmpty()) {
				if (!block.toString().isBlank()) {
					number++;
					questions.add(question(number, block.toString().strip(), topic));
				}
				block.setLength(0);
			}
			else {
				block.append(line).append('\n');
			}
		}
		return questions;
	}

	private static ImportedQuestion question(int number, String source, String topic) {
		String title = null;
		String body = source;
		if (body.startsWith("::")) {
			int end = indexOfUnescaped(body, "::", 2);
			if (end < 0) {
				return ImportedQuestion.broken(number, null, "gift-bad-title");
			}
			title = unescape(body.substring(2, end)).strip();
			body = body.substring(end + 2).strip();
		}
		int open = indexOfUnescaped(body, "{", 0);
		int close = open < 0 ? -1 : indexOfUnescaped(body, "}", open + 1);
		if (open < 0 || close < 0) {
			return open < 0 ? ImportedQuestion.skipped(number, title, "skip-description", "description")
					: ImportedQuestion.broken(number, title, "gift-unclosed-answers");
		}
		String after = body.substring(close + 1).strip();
		String stem = stemText(body.substring(0, open)) + (after.isEmpty() ? "" : " ___ " + stemText(after));
		String answers = body.substring(open + 1, close).strip();
		String explanation = null;
		int general = indexOfUnescaped(answers, "####", 0);
		if (general >= 0) {
			explanation = emptyToNull(stemText(answers.substring(general + 4)));
			answers = answers.substring(0, general).strip();
		}
		if (answers.isEmpty()) {
			return ImportedQuestion.skipped(number, title, "skip-essay", "essay");
		}
		if (answers.startsWith("#")) {
			return ImportedQuestion.skipped(number, title, "skip-numerical", "numerical");
		}
		String truth = stripFeedback(answers).strip().toUpperCase(java.util.Locale.ROOT);
		if (truth.equals("T") || truth.equals("TRUE") || truth.equals("F") || truth.equals("FALSE")) {
			boolean isTrue = truth.startsWith("T");
			QuestionContent content = new QuestionContent(topic, Difficulty.MEDIUM, stem, null,
					List.of(new Option("Đúng", isTrue), new Option("Sai", !isTrue)), explanation);
			return ImportedQuestion.of(number, title, content, content.problems());
		}
		if (indexOfUnescaped(answers, "->", 0) >= 0) {
			return ImportedQuestion.skipped(number, title, "skip-matching", "matching");
		}
		List<Option> options = new ArrayList<>();
		boolean anyWrongMarker = false;
		for (String[] token : tokens(answers)) {
			String marker = token[0];
			String answer = stripFeedback(token[1]).strip();
			boolean correct = marker.equals("=");
			anyWrongMarker |= marker.equals("~");
			{
				if (answer.startsWith("%")) {
					int end = answer.indexOf('%', 1);
					if (end < 0) {
						return ImportedQuestion.broken(number, title, "gift-bad-weight");
					}
					try {
						double weight = Double.parseDouble(answer.substring(1, end).replace(',', '.'));
						correct = marker.equals("=") || weight > 0;
					}
					catch (NumberFormatException ex) {
						return ImportedQuestion.broken(number, title, "gift-bad-weight");
					}
					answer = answer.substring(end + 1).strip();
				}
			}
			options.add(new Option(stemText(answer), correct));
		}
		if (!anyWrongMarker) {
			return ImportedQuestion.skipped(number, title, "skip-short-answer", "shortanswer");
		}
		QuestionContent content = new QuestionContent(topic, Difficulty.MEDIUM, stem, null, options, explanation);
		return ImportedQuestion.of(number, title, content, content.problems());
	}

	/** Splits "=a ~b ~%50%c" at unescaped markers into [marker, text] pairs. */
	private static List<String[]> tokens(String answers) {
		List<String[]> tokens = new ArrayList<>();
		String marker = null;
		StringBuilder current = new StringBuilder();
		for (int i = 0; i < answers.length(); i++) {
			char c = answers.charAt(i);
			if (c == '\\' && i + 1 < answers.length()) {
				current.append(c).append(answers.charAt(++i));
			}
			else if (c == '=' || c == '~') {
				if (marker != null) {
					tokens.add(new String[] { marker, current.toString() });
				}
				marker = String.valueOf(c);
				current.setLength(0);
			}
			else {
				current.append(c);
			}
		}
		if (marker != null) {
			tokens.add(new String[] { marker, current.toString() });
		}
		return tokens;
	}

	private static String stripFeedback(String answer) {
		int hash = indexOfUnescaped(answer, "#", 0);
		return hash < 0 ? answer : answer.substring(0, hash);
	}

	/**
	 * Text of a stem or option: format markers dropped, HTML made plain, escapes
	 * resolved.
	 */
	private static String stemText(String raw) {
		String text = raw.strip();
		boolean html = false;
		if (text.startsWith("[")) {
			int end = text.indexOf(']');
			String format = end > 0 ? text.substring(1, end).toLowerCase(java.util.Locale.ROOT) : "";
			if (List.of("html", "moodle", "plain", "markdown").contains(format)) {
				html = format.equals("html") || format.equals("moodle");
				text = text.substring(end + 1);
			}
		}
		text = unescape(text);
		return html || text.contains("<") ? HtmlText.toPlain(text) : text.replaceAll("\\s+", " ").strip();
	}

	static String unescape(String text) {
		StringBuilder out = new StringBuilder();
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '\\' && i + 1 < text.length()) {
				char next = text.charAt(++i);
				out.append(next == 'n' ? '\n' : next);
			}
			else {
				out.append(c);
			}
		}
		return out.toString();
	}

	private static int indexOfUnescaped(String text, String needle, int from) {
		for (int i = from; i <= text.length() - needle.length(); i++) {
			if (text.charAt(i) == '\\') {
				i++;
				continue;
			}
			if (text.startsWith(needle, i)) {
				return i;
			}
		}
		return -1;
	}

	private static String lastSegment(String path) {
		// Moodle writes a "/" inside a category name as "//".
		String[] parts = path.replace("//", "\u0000").split("/");
		for (int i = parts.length - 1; i >= 0; i--) {
			String part = parts[i].replace('\u0000', '/').strip();
			if (!part.isEmpty() && !part.equals("top") && !part.startsWith("$")) {
				return part;
			}
		}
		return DEFAULT_TOPIC;
	}

	static String topicOfCategory(String path) {
		return lastSegment(path);
	}

	private static @Nullable String emptyToNull(String text) {
		return text.isBlank() ? null : text;
	}

}
