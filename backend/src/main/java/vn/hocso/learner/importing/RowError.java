package vn.hocso.learner.importing;

import org.jspecify.annotations.Nullable;

/**
 * What is wrong with one row: the column (null for the row as a whole), a code (message
 * key {@code learner-import.row.<code>}), the offending value and, for duplicates, the
 * other row.
 */
public record RowError(int row, @Nullable ImportColumn column, String code, String value, @Nullable Integer otherRow) {
}
