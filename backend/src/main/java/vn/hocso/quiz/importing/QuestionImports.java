package vn.hocso.quiz.importing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

import vn.hocso.platform.ProblemException;
import vn.hocso.quiz.domain.QuestionBank;
import vn.hocso.quiz.domain.QuestionContent;

/**
 * Imports into a course's bank from .xlsx, Moodle XML or GIFT, told apart by content. A
 * dry run reports every question's problems (in Vietnamese and English) and what was
 * skipped; a commit stores all questions or, if anything is wrong, none.
 */
@Service
public class QuestionImports {

	private static final int MAX_BYTES = 20 * 1024 * 1024;

	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	private final QuestionBank bank;

	private final MessageSource messages;

	QuestionImports(QuestionBank bank, MessageSource messages) {
		this.bank = bank;
		this.messages = messages;
	}

	public enum Format {

		XLSX, MOODLE_XML, GIFT

	}

	/**
	 * A problem, a skip or a warning, worded in both languages; {@code type}: a skipped
	 * question's Moodle type.
	 */
	public record Finding(int number, @Nullable String title, String code, String vi, String en,
			@Nullable String type) {
	}

	/**
	 * {@code stored}: questions added by a commit (0 for a dry run or a refused commit);
	 * {@code warnings}: what importable questions left behind (a picture that could not
	 * come along).
	 */
	public record Report(Format format, int found, int importable, List<Finding> errors, List<Finding> skipped,
			int stored, List<Finding> warnings) {

		public boolean hasErrors() {
			return !errors.isEmpty();
		}

	}

	public Report dryRun(long courseId, byte[] file) {
		return check(courseId, file).report(0);
	}

	public Report commit(long courseId, byte[] file) {
		Checked checked = check(courseId, file);
		if (!checked.errors().isEmpty()) {
			return checked.report(0);
		}
		if (checked.importable().isEmpty()) {
			throw ProblemException.badRequest("quiz.import-empty");
		}
		bank.addAll(courseId, checked.importable());
		return checked.report(checked.importable().size());
	}

	/**
	 * Stores a file's questions by a named author, refusing the whole file if anything is
	 * wrong (demo seeding).
	 */
	public int seed(long courseId, byte[] file, String author) {
		Checked checked = check(courseId, file);
		if (!checked.errors().isEmpty()) {
			throw new IllegalStateException("seed file has errors: " + checked.errors());
		}
		bank.addAll(courseId, checked.importable(), author);
		return checked.importable().size();
	}

	public byte[] exportXlsx(long courseId) {
		return QuestionSheet.write(contents(courseId));
	}

	public byte[] exportMoodleXml(long courseId) {
		return MoodleXmlExport.write(contents(courseId));
	}

	public static byte[] template() {
		return QuestionSheet.write(List.of());
	}

	private List<QuestionContent> contents(long courseId) {
		return bank.of(courseId).stream().map(q -> q.current().content()).toList();
	}

	private record Checked(Format format, int found, List<QuestionContent> importable, List<Finding> errors,
			List<Finding> skipped, List<Finding> warnings) {

		Report report(int stored) {
			return new Report(format, found, errors.isEmpty() ? importable.size() : 0, errors, skipped, stored,
					warnings);
		}

	}

	private Checked check(long courseId, byte[] file) {
		if (file.length == 0) {
			throw ProblemException.badRequest("quiz.import-empty");
		}
		if (file.length > MAX_BYTES) {
			throw new ProblemException(HttpStatus.valueOf(413), "quiz.import-too-large", MAX_BYTES / 1024 / 1024);
		}
		Format format = formatOf(file);
		List<ImportedQuestion> read = switch (format) {
			case XLSX -> QuestionSheet.read(file);
			case MOODLE_XML -> MoodleXmlFormat.parse(BankText.decode(file));
			case GIFT -> GiftFormat.parse(BankText.decode(file));
		};
		if (read.isEmpty()) {
			throw ProblemException.badRequest("quiz.import-empty");
		}
		Set<String> inBank = new HashSet<>(bank.of(courseId).stream().map(q -> q.current().getFingerprint()).toList());
		Map<String, Integer> seenAt = new HashMap<>();
		List<QuestionContent> importable = new ArrayList<>();
		List<Finding> errors = new ArrayList<>();
		List<Finding> skipped = new ArrayList<>();
		List<Finding> warnings = new ArrayList<>();
		for (ImportedQuestion question : read) {
			if (question.skipped() != null) {
				skipped.add(typed(question, question.skipped(), question.skippedType()));
				continue;
			}
			question.warnings().forEach(code -> warnings.add(finding(question, code)));
			question.errors().forEach(code -> errors.add(finding(question, code)));
			QuestionContent content = question.content();
			if (content == null || !question.errors().isEmpty()) {
				continue;
			}
			String fingerprint = content.fingerprint();
			Integer earlier = seenAt.putIfAbsent(fingerprint, question.number());
			if (earlier != null) {
				errors.add(finding(question, "duplicate-in-file", earlier));
			}
			else if (inBank.contains(fingerprint)) {
				errors.add(finding(question, "duplicate-in-bank"));
			}
			else {
				importable.add(content);
			}
		}
		return new Checked(format, read.size(), importable, errors, skipped, warnings);
	}

	private Finding finding(ImportedQuestion question, String code, @Nullable Object... args) {
		return typed(question, code, null, args);
	}

	/**
	 * A skipped question's finding names its type, in the message ({0}) and as a field.
	 */
	private Finding typed(ImportedQuestion question, String code, @Nullable String type, @Nullable Object... args) {
		String key = "quiz-import." + code;
		if (type != null) {
			args = new Object[] { type };
		}
		return new Finding(question.number(), question.title(), code,
				Objects.requireNonNullElse(messages.getMessage(key, args, code, VIETNAMESE), code),
				Objects.requireNonNullElse(messages.getMessage(key, args, code, Locale.ENGLISH), code), type);
	}

	static Format formatOf(byte[] file) {
		// Signatures are checked by length first: a 1–7 byte upload is shorter than any
		// of them.
		if (file.length >= 4 && ReadableWorkbook.isOOXMLZipHeader(file)) {
			return Format.XLSX;
		}
		if (file.length >= 8 && ReadableWorkbook.isOLE2Header(file)) {
			throw ProblemException.badRequest("quiz.import-unreadable", ".xls");
		}
		String start = BankText.decode(file).stripLeading();
		return start.startsWith("<?xml") || start.startsWith("<quiz") ? Format.MOODLE_XML : Format.GIFT;
	}

}
