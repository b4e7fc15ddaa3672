package vn.hocso.quiz.importing;

import java.util.List;

import org.jspecify.annotations.Nullable;

import vn.hocso.quiz.domain.QuestionContent;

/**
 * One question read from a file, where it was (question number, or row for spreadsheets)
 * and its title if the file gave one. Either {@code content} (maybe with errors), or a
 * reason it was skipped.
 *
 * @param errors codes ({@code quiz-import.<code>}) of what is wrong
 * @param skipped code of why a question of an unsupported type was left out
 * @param warnings codes of what was left behind although the question imports (e.g. a
 * picture)
 */
public record ImportedQuestion(int number, @Nullable String title, @Nullable QuestionContent content,
		List<String> errors, @Nullable String skipped, @Nullable String skippedType, List<String> warnings) {

	public static ImportedQuestion of(int number, @Nullable String title, QuestionContent content,
			List<String> errors) {
		return new ImportedQuestion(number, title, content, List.copyOf(errors), null, null, List.of());
	}

	public static ImportedQuestion skipped(int number, @Nullable String title, String reason, String type) {
		return new ImportedQuestion(number, title, null, List.of(), reason, type, List.of());
	}

	public static ImportedQuestion broken(int number, @Nullable String title, String error) {
		return new ImportedQuestion(number, title, null, List.of(error), null, null, List.of());
	}

	ImportedQuestion withWarnings(List<String> codes) {
		return new ImportedQuestion(number, title, content, errors, skipped, skippedType, List.copyOf(codes));
	}

}
