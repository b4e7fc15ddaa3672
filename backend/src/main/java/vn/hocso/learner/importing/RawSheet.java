package vn.hocso.learner.importing;

import java.util.List;

/** A spreadsheet as read: its header cells and its non-blank data rows, every cell as text. */
public record RawSheet(List<String> headers, List<RawRow> rows) {

	/** One data row; {@code number} is the row number the uploader sees in their spreadsheet. */
	public record RawRow(int number, List<String> cells) {

		public String cell(int index) {
			return index >= 0 && index < cells.size() ? cells.get(index) : "";
		}

	}

}
