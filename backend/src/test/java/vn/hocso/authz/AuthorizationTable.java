package vn.hocso.authz;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The least-privilege table of docs/authorization.md, parsed: one row per API operation,
 * one cell per caller (the six realm roles and anonymous). The document is the single
 * source of truth; the matrix test reads it rather than a copy.
 */
record AuthorizationTable(Map<String, Map<Caller, Cell>> rows) {

	static final Path DOCUMENT = Path.of("..", "docs", "authorization.md");

	static final String START = "<!-- authorization-matrix:start -->";

	static final String END = "<!-- authorization-matrix:end -->";

	/** Who calls: a realm role with its token, or nobody. */
	enum Caller {

		ADMIN("ADMIN"), REPORTER("REPORTER"), VERIFIER("VERIFIER"), UNIT_ADMIN("UNIT_ADMIN"), TRAINER("TRAINER"),
		LEARNER("LEARNER"), ANONYMOUS("anonymous"), CITIZEN("CITIZEN"), COMMUNITY_HELPER("COMMUNITY_HELPER");

		/** The column's heading in the table. */
		final String heading;

		Caller(String heading) {
			this.heading = heading;
		}

		static Caller ofHeading(String heading) {
			for (Caller caller : values()) {
				if (caller.heading.equals(heading)) {
					return caller;
				}
			}
			throw new IllegalArgumentException("Unknown column '" + heading + "' in " + DOCUMENT);
		}

	}

	/** What a cell of the table grants. */
	enum Cell {

		/**
		 * Anyone with the role, whatever the resource (public endpoints, one's own data,
		 * global catalogues).
		 */
		ALL("all"),
		/** Anything in the province (the scope of ADMIN, REPORTER, VERIFIER). */
		PROVINCE("province"),
		/** Within the caller's org-unit subtree. */
		SUBTREE("subtree"),
		/**
		 * Only learners, enrolments, classes and certificates of the classes the caller
		 * teaches.
		 */
		CLASSES("classes"),
		/**
		 * Only the caller's own learner record, enrolments, attempts and certificates.
		 */
		SELF("self"),
		/** Never. */
		NONE("—");

		final String word;

		Cell(String word) {
			this.word = word;
		}

		static Cell of(String word) {
			for (Cell cell : values()) {
				if (cell.word.equals(word)) {
					return cell;
				}
			}
			throw new IllegalArgumentException("Unknown cell '" + word + "' in " + DOCUMENT);
		}

	}

	static AuthorizationTable read() throws IOException {
		return parse(Files.readAllLines(DOCUMENT));
	}

	static AuthorizationTable parse(List<String> lines) {
		Map<String, Map<Caller, Cell>> rows = new LinkedHashMap<>();
		List<Caller> columns = new ArrayList<>();
		boolean inside = false;
		for (String line : lines) {
			if (line.strip().equals(START)) {
				inside = true;
				continue;
			}
			if (line.strip().equals(END)) {
				break;
			}
			if (inside && line.startsWith("| Operation |")) {
				cells(line).stream().skip(1).map(Caller::ofHeading).forEach(columns::add);
				continue;
			}
			if (!inside || !line.startsWith("| `")) {
				continue;
			}
			List<String> cells = cells(line);
			// A row may stop before the last columns (rows written before a column was
			// added): those
			// cells are "—", which the matrix test still checks against what the API
			// answers.
			if (cells.size() < 2 || cells.size() > columns.size() + 1) {
				throw new IllegalArgumentException("Row with " + cells.size() + " cells: " + line);
			}
			String operation = cells.getFirst().replace("`", "");
			Map<Caller, Cell> row = new LinkedHashMap<>();
			for (Caller caller : Caller.values()) {
				int column = columns.indexOf(caller);
				row.put(caller, column >= 0 && column + 1 < cells.size() ? Cell.of(cells.get(column + 1)) : Cell.NONE);
			}
			if (rows.put(operation, row) != null) {
				throw new IllegalArgumentException("Two rows for " + operation);
			}
		}
		return new AuthorizationTable(rows);
	}

	private static List<String> cells(String line) {
		List<String> cells = new ArrayList<>();
		for (String cell : line.substring(1, line.lastIndexOf('|')).split("\\|")) {
			cells.add(cell.strip());
		}
		return cells;
	}

}
