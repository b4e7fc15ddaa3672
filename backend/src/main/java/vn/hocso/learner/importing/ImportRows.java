package vn.hocso.learner.importing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import vn.hocso.learner.importing.RawSheet.RawRow;

/**
 * The uploaded rows, kept in {@code learner_import_row} so that commit and the annotated
 * download need no file. Written with JDBC batches: 36,000 rows are one round of batched
 * inserts, not 36,000 entity saves.
 */
@Component
class ImportRows {

	/**
	 * Between cells of a row (and headers): the ASCII unit separator, which no
	 * spreadsheet cell holds.
	 */
	static final String SEPARATOR = "\u001F";

	private static final String ERROR_SEPARATOR = "\u001E";

	private final JdbcTemplate jdbc;

	ImportRows(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Keeps the rows; {@code checked} (same order) carries their errors, or is null when
	 * validation comes later.
	 */
	void store(long importId, List<RawRow> rows, @Nullable List<CheckedRow> checked) {
		List<Object[]> batch = new ArrayList<>(rows.size());
		for (int i = 0; i < rows.size(); i++) {
			RawRow row = rows.get(i);
			batch.add(new Object[] { importId, row.number(), fit(String.join(SEPARATOR, row.cells())),
					checked == null ? null : errors(checked.get(i).errors()) });
		}
		jdbc.batchUpdate("insert into learner_import_row (import_id, row_no, cells, errors) values (?, ?, ?, ?)",
				batch);
	}

	void storeErrors(long importId, List<CheckedRow> checked) {
		List<Object[]> batch = new ArrayList<>();
		for (CheckedRow row : checked) {
			if (!row.valid()) {
				batch.add(new Object[] { errors(row.errors()), importId, row.number() });
			}
		}
		jdbc.batchUpdate("update learner_import_row set errors = ? where import_id = ? and row_no = ?", batch);
	}

	/**
	 * Written outside any transaction so that a reader sees it while validation goes on.
	 */
	void progress(long importId, int percent) {
		jdbc.update("update learner_import set progress = ? where id = ?", percent, importId);
	}

	void failed(long importId) {
		jdbc.update("update learner_import set status = 'FAILED' where id = ?", importId);
	}

	List<RawRow> rows(long importId) {
		return jdbc.query("select row_no, cells from learner_import_row where import_id = ? order by row_no",
				(rs, n) -> new RawRow(rs.getInt(1), Arrays.asList(rs.getString(2).split(SEPARATOR, -1))), importId);
	}

	List<RowError> errors(long importId) {
		List<RowError> errors = new ArrayList<>();
		jdbc.query(
				"select row_no, errors from learner_import_row where import_id = ? and errors is not null order by row_no",
				rs -> {
					int row = rs.getInt(1);
					for (String error : rs.getString(2).split(ERROR_SEPARATOR)) {
						String[] parts = error.split(SEPARATOR, -1);
						errors.add(new RowError(row, parts[0].isEmpty() ? null : ImportColumn.valueOf(parts[0]),
								parts[1], parts[2], parts[3].isEmpty() ? null : Integer.valueOf(parts[3])));
					}
				}, importId);
		return errors;
	}

	private static @Nullable String errors(List<RowError> errors) {
		if (errors.isEmpty()) {
			return null;
		}
		List<String> encoded = new ArrayList<>();
		for (RowError error : errors) {
			encoded.add(String.join(SEPARATOR, error.column() == null ? "" : error.column().name(), error.code(),
					shorten(error.value()), error.otherRow() == null ? "" : error.otherRow().toString()));
		}
		return fit(String.join(ERROR_SEPARATOR, encoded));
	}

	private static String shorten(String value) {
		String clean = value.replace(SEPARATOR, " ").replace(ERROR_SEPARATOR, " ");
		return clean.length() <= 100 ? clean : clean.substring(0, 100) + "…";
	}

	private static String fit(String text) {
		return text.length() <= 4000 ? text : text.substring(0, 4000);
	}

}
