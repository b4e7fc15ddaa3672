package vn.hocso.quiz.importing;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.SheetVisibility;
import org.jspecify.annotations.Nullable;

import vn.hocso.platform.ProblemException;
import vn.hocso.quiz.domain.Difficulty;
import vn.hocso.quiz.domain.QuestionContent;
import vn.hocso.quiz.domain.QuestionContent.Option;

/**
 * The bank as a spreadsheet, one row per question: topic, difficulty (Dễ / Trung bình /
 * Khó), question, options A–F, the correct letters ("B" or "A, C") and the explanation.
 * The same layout is the import template and the export.
 */
final class QuestionSheet {

	static final String[] HEADERS = { "Chủ đề", "Độ khó", "Câu hỏi", "Phương án A", "Phương án B", "Phương án C",
			"Phương án D", "Phương án E", "Phương án F", "Đáp án đúng", "Giải thích" };

	private static final String LETTERS = "ABCDEF";

	private QuestionSheet() {
	}

	static List<ImportedQuestion> read(byte[] xlsx) {
		List<ImportedQuestion> questions = new ArrayList<>();
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx));
				// The first visible sheet: a hidden one holds old or helper data, never
				// the bank.
				Stream<Row> stream = workbook.getSheets()
					.filter(sheet -> sheet.getVisibility() == SheetVisibility.VISIBLE)
					.findFirst()
					.orElse(workbook.getFirstSheet())
					.openStream()) {
			Iterator<Row> rows = stream.iterator();
			boolean header = true;
			while (rows.hasNext()) {
				Row row = rows.next();
				List<String> cells = new ArrayList<>();
				for (int i = 0; i < HEADERS.length; i++) {
					Cell cell = i < row.getCellCount() ? row.getCell(i) : null;
					cells.add(cell == null || cell.getRawValue() == null ? "" : cell.getText().strip());
				}
				if (cells.stream().allMatch(String::isBlank)) {
					continue;
				}
				if (header) {
					header = false;
					continue;
				}
				questions.add(question(row.getRowNum(), cells));
			}
		}
		catch (IOException | RuntimeException ex) {
			throw ProblemException.badRequest("quiz.import-unreadable", ".xlsx");
		}
		return questions;
	}

	private static ImportedQuestion question(int rowNumber, List<String> cells) {
		List<String> errors = new ArrayList<>();
		Difficulty difficulty = difficulty(cells.get(1));
		if (difficulty == null) {
			errors.add("xlsx-bad-difficulty");
			difficulty = Difficulty.MEDIUM;
		}
		Set<Integer> correct = new LinkedHashSet<>();
		for (String letter : cells.get(9).toUpperCase(Locale.ROOT).split("[,;\\s]+")) {
			if (letter.isBlank()) {
				continue;
			}
			int index = LETTERS.indexOf(letter);
			if (letter.length() != 1 || index < 0 || cells.get(3 + index).isBlank()) {
				errors.add("xlsx-bad-answer-letter");
			}
			else {
				correct.add(index);
			}
		}
		List<Option> options = new ArrayList<>();
		for (int i = 0; i < 6; i++) {
			if (!cells.get(3 + i).isBlank()) {
				options.add(new Option(cells.get(3 + i), correct.contains(i)));
			}
		}
		QuestionContent content = new QuestionContent(cells.get(0), difficulty, cells.get(2), null, options,
				cells.get(10).isBlank() ? null : cells.get(10));
		errors.addAll(content.problems());
		return ImportedQuestion.of(rowNumber, null, content, errors);
	}

	private static @Nullable Difficulty difficulty(String text) {
		return switch (text.strip().toLowerCase(Locale.ROOT)) {
			case "", "trung bình", "tb", "medium" -> Difficulty.MEDIUM;
			case "dễ", "de", "easy" -> Difficulty.EASY;
			case "khó", "kho", "hard" -> Difficulty.HARD;
			default -> null;
		};
	}

	static byte[] write(List<QuestionContent> questions) {
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Workbook workbook = new Workbook(out, "HocSo", "1.0");
			Worksheet sheet = workbook.newWorksheet("Câu hỏi");
			for (int c = 0; c < HEADERS.length; c++) {
				sheet.value(0, c, HEADERS[c]);
				sheet.style(0, c).bold().set();
			}
			int r = 1;
			for (QuestionContent question : questions) {
				sheet.value(r, 0, question.topic());
				sheet.value(r, 1, switch (question.difficulty()) {
					case EASY -> "Dễ";
					case MEDIUM -> "Trung bình";
					case HARD -> "Khó";
				});
				sheet.value(r, 2, question.stem());
				List<String> letters = new ArrayList<>();
				for (int i = 0; i < question.options().size(); i++) {
					sheet.value(r, 3 + i, question.options().get(i).text());
					if (question.options().get(i).correct()) {
						letters.add(String.valueOf(LETTERS.charAt(i)));
					}
				}
				sheet.value(r, 9, String.join(", ", letters));
				if (question.explanation() != null) {
					sheet.value(r, 10, question.explanation());
				}
				r++;
			}
			workbook.finish();
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
