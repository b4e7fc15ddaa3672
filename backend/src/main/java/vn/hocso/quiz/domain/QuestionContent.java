package vn.hocso.quiz.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * What an author writes for one question, before it is stored: validated here, whether it
 * comes from the bank editor or an import.
 *
 * @param image a {@code data:image/png;base64,} or {@code data:image/jpeg;base64,} URI
 * (at most 512 KB), or null
 */
public record QuestionContent(String topic, Difficulty difficulty, String stem, @Nullable String image,
		List<Option> options, @Nullable String explanation) {

	public static final int MIN_OPTIONS = 2;

	public static final int MAX_OPTIONS = 6;

	public record Option(String text, boolean correct) {
	}

	public QuestionContent {
		options = List.copyOf(options);
	}

	public boolean multipleCorrect() {
		return options.stream().filter(Option::correct).count() > 1;
	}

	/**
	 * Problem codes ({@code quiz.question.<code>}) for what is wrong; empty when the
	 * question is usable.
	 */
	public List<String> problems() {
		var problems = new ArrayList<String>();
		if (stem.isBlank()) {
			problems.add("stem-missing");
		}
		if (stem.length() > 4000) {
			problems.add("stem-too-long");
		}
		if (topic.isBlank()) {
			problems.add("topic-missing");
		}
		if (options.size() < MIN_OPTIONS || options.size() > MAX_OPTIONS) {
			problems.add("option-count");
		}
		if (options.stream().anyMatch(option -> option.text().isBlank())) {
			problems.add("option-blank");
		}
		if (options.stream().noneMatch(Option::correct)) {
			problems.add("no-correct-option");
		}
		if (options.stream().map(option -> normalize(option.text())).distinct().count() < options.size()) {
			problems.add("option-repeated");
		}
		String imageProblem = image == null ? null : QuestionImage.problem(image);
		if (imageProblem != null) {
			problems.add(imageProblem);
		}
		return problems;
	}

	/**
	 * Same stem and same options (in any order, case and spacing aside): a duplicate in
	 * the bank.
	 */
	public String fingerprint() {
		String options = this.options.stream()
			.map(option -> normalize(option.text()))
			.sorted()
			.reduce("", (a, b) -> a + "\u001f" + b);
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256")
				.digest((normalize(stem) + "\u001e" + options).getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static String normalize(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFC).strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
	}

}
