package vn.hocso.learner.web;

import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import vn.hocso.learner.importing.ImportMessages;
import vn.hocso.learner.importing.ImportReport;
import vn.hocso.learner.importing.LearnerImport;
import vn.hocso.learner.importing.RowError;

final class ImportResponses {

	private ImportResponses() {
	}

	record ImportError(int row, String column, @Nullable String field, String code, String message) {
	}

	record ImportReportResponse(long id, LearnerImport.Status status, String fileName, int progress, int totalRows,
			int validRows, int invalidRows, int toCreate, int toUpdate, @Nullable Integer created,
			@Nullable Integer updated, @Nullable Integer skipped, List<ImportError> errors, @Nullable String sheet,
			List<String> otherSheets, @Nullable Integer headerRow, List<LearnerImport.IgnoredRow> ignoredRows) {

		static ImportReportResponse of(ImportReport report, ImportMessages messages, Locale locale) {
			LearnerImport upload = report.upload();
			List<ImportError> errors = report.errors().stream().map(error -> error(error, messages, locale)).toList();
			return new ImportReportResponse(upload.getId(), upload.getStatus(), upload.getFileName(),
					upload.getProgress(), upload.getTotalRows(), upload.getValidRows(), upload.getInvalidRows(),
					upload.getToCreate(), upload.getToUpdate(), upload.getCreatedCount(), upload.getUpdatedCount(),
					upload.getSkippedCount(), errors, upload.getSheetName(), upload.getOtherSheets(),
					upload.getHeaderRow(), upload.getIgnoredRows());
		}

		private static ImportError error(RowError error, ImportMessages messages, Locale locale) {
			return new ImportError(error.row(), messages.column(error.column(), locale),
					error.column() == null ? null : error.column().field(), error.code(), messages.text(error, locale));
		}

	}

	/** {@code learnerIds}: who was stored, so that their accounts can be issued next. */
	record CommitResponse(int created, int updated, int skipped, List<Long> learnerIds) {
	}

}
