import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/errors/error-alert';
import { ConfirmPanel } from '@/components/ui/confirm-panel';
import { DownloadButton } from '@/components/ui/download-button';
import { downloadAnnotated } from '@/features/learner-imports/api/download-files';
import type { CommitMode, LearnerImport } from '@/features/learner-imports/api/types';
import { ImportLayout } from '@/features/learner-imports/components/import-layout';

type ImportReportProps = {
  report: LearnerImport;
  onCommit: (mode: CommitMode) => void;
  onUploadAgain: () => void;
  committing: boolean;
  commitError: unknown;
};

/** The dry run's verdict: what would be stored, what is wrong, and the user's choice. */
export function ImportReport({ report, onCommit, onUploadAgain, committing, commitError }: ImportReportProps) {
  const { t } = useTranslation();
  const [confirmingPartial, setConfirmingPartial] = useState(false);
  const clean = report.invalidRows === 0;

  const totals: [string, number, string][] = [
    ['imports.report.totalRows', report.totalRows, 'total'],
    ['imports.report.validRows', report.validRows, 'valid'],
    ['imports.report.invalidRows', report.invalidRows, 'invalid'],
    ['imports.report.toCreate', report.toCreate, 'create'],
    ['imports.report.toUpdate', report.toUpdate, 'update'],
  ];

  return (
    <section className="card" data-testid="import-report">
      <h2 className="card__title">{t('imports.report.title', { file: report.fileName })}</h2>
      <dl className="stats">
        {totals.map(([key, value, id]) => (
          <div key={id} className={`stats__item${id === 'invalid' && value > 0 ? ' stats__item--bad' : ''}`}>
            <dt>{t(key)}</dt>
            <dd data-testid={`import-${id}`}>{value}</dd>
          </div>
        ))}
      </dl>

      <ImportLayout report={report} />

      {report.errors.length > 0 && (
        <>
          <h3 className="details__subtitle">{t('imports.report.errors')}</h3>
          <table className="table table--cards" data-testid="import-errors">
            <thead>
              <tr>
                <th scope="col">{t('imports.report.row')}</th>
                <th scope="col">{t('imports.report.column')}</th>
                <th scope="col">{t('imports.report.message')}</th>
              </tr>
            </thead>
            <tbody>
              {report.errors.map((error, index) => (
                <tr key={`${error.row}-${error.field ?? ''}-${index}`}>
                  <td data-label={t('imports.report.row')}>{error.row}</td>
                  <td data-label={t('imports.report.column')}>{error.column ?? ''}</td>
                  <td data-label={t('imports.report.message')} className="table__primary">
                    {error.message}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <div className="actions">
            <DownloadButton
              label={t('imports.annotated')}
              download={() => downloadAnnotated(report.id)}
              testId="import-annotated"
            />
          </div>
        </>
      )}

      {commitError !== null && commitError !== undefined && <ErrorAlert error={commitError} />}

      {clean ? (
        <div className="actions">
          <button
            type="button"
            className="button button--large"
            onClick={() => onCommit('ALL_OR_NOTHING')}
            disabled={committing || report.validRows === 0}
            data-testid="import-commit-all"
          >
            {t('imports.report.commitAll', { count: report.validRows })}
          </button>
        </div>
      ) : (
        <>
          <p className="notice" data-testid="import-nothing-stored">
            {t('imports.report.nothingStored', { count: report.invalidRows })}
          </p>
          <div className="actions">
            <button type="button" className="button button--large" onClick={onUploadAgain} data-testid="import-again">
              {t('imports.report.uploadAgain')}
            </button>
            {!confirmingPartial && report.validRows > 0 && (
              <button
                type="button"
                className="button button--ghost"
                onClick={() => setConfirmingPartial(true)}
                data-testid="import-valid-only"
              >
                {t('imports.report.validOnly')}
              </button>
            )}
          </div>
          {confirmingPartial && (
            <ConfirmPanel
              title={t('imports.report.confirmTitle')}
              confirmLabel={t('imports.report.confirmValidOnly', { count: report.validRows })}
              cancelLabel={t('common.cancel')}
              onConfirm={() => onCommit('VALID_ROWS_ONLY')}
              onCancel={() => setConfirmingPartial(false)}
              busy={committing}
              testId="import-confirm-valid-only"
            >
              <p>{t('imports.report.confirmText', { valid: report.validRows, invalid: report.invalidRows })}</p>
            </ConfirmPanel>
          )}
        </>
      )}
    </section>
  );
}
