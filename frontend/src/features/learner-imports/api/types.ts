import type { components } from '@/api/schema';

export type ImportStatus = components['schemas']['ImportReportResponse']['status'];

export type ImportRowError = components['schemas']['ImportError'];

export type LearnerImport = {
  id: number;
  status: ImportStatus;
  fileName: string;
  progress: number;
  totalRows: number;
  validRows: number;
  invalidRows: number;
  toCreate: number;
  toUpdate: number;
  errors: ImportRowError[];
  /** Where the list was found: the sheet read (null for CSV), other sheets holding a list, the header's row. */
  sheet?: string | null;
  otherSheets?: string[];
  headerRow?: number | null;
  /** Title rows, banners and notes above the header: not imported, shown so that nothing is lost unseen. */
  ignoredRows?: { row: number; text: string }[];
};

export type CommitMode = 'ALL_OR_NOTHING' | 'VALID_ROWS_ONLY';

/** {@code learnerIds}: who was stored, so that their accounts can be issued next. */
export type CommitResult = { created: number; updated: number; skipped: number; learnerIds?: number[] };

/** The server is still working on these; the UI asks again every second. */
export const isBusy = (status: ImportStatus | undefined) => status === 'VALIDATING';
