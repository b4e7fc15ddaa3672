package vn.hocso.learner.importing;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A spreadsheet as read: its header cells, its non-blank data rows (every cell as text)
 * and where the list was found in the file.
 */
public record RawSheet(List<String> headers, List<RawRow> rows, Layout layout) {

	RawSheet(List<String> headers, List<RawRow> rows) {
		this(headers, rows, new Layout(null, List.of(), 1, List.of()));
	}

	/**
	 * One data row; {@code number} is the row number the uploader sees in their
	 * spreadsheet.
	 */
	public record RawRow(int number, List<String> cells) {

		public String cell(int index) {
			return index >= 0 && index < cells.size() ? cells.get(index) : "";
		}

	}

	/**
	 * {@code sheetName}: the worksheet read (null for CSV); {@code otherSheets}: other
	 * visible sheets that also hold a list, which the uploader may pick instead;
	 * {@code headerRow}: the header's row number; {@code ignoredRows}: the non-blank rows
	 * above the header (titles, banners), which were not imported.
	 */
	public record Layout(@Nullable String sheetName, List<String> otherSheets, int headerRow,
			List<RawRow> ignoredRows) {
	}

}
