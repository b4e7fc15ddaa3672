package vn.hocso.learner.importing;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What an import found (and, once committed, did); errors carry codes, the web layer
 * words them.
 */
public record ImportReport(LearnerImport upload, List<RowError> errors) {

	/**
	 * {@code learnerIds}: the learners created or updated, e.g. to issue their accounts
	 * next.
	 */
	public record Outcome(int created, int updated, int skipped, @Nullable Long importId, List<Long> learnerIds) {
	}

}
