import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/errors/error-alert';
import { useImportPopulations } from '@/features/populations/api/import-populations';

/** A statistics office's table (.xlsx or CSV) for many communes at once; all rows or none. */
export function PopulationImport({ period }: { period: string }) {
  const { t } = useTranslation();
  const id = useId();
  const [file, setFile] = useState<File | null>(null);
  const [source, setSource] = useState('');
  const importing = useImportPopulations();
  return (
    <section className="card" data-testid="population-import">
      <h2 className="section-title">{t('populations.import.title')}</h2>
      <p className="muted">{t('populations.import.help')}</p>
      <div className="field">
        <label htmlFor={`${id}-file`} className="field__label">
          {t('populations.import.file')}
        </label>
        <input
          id={`${id}-file`}
          className="field__input"
          type="file"
          accept=".xlsx,.csv,text/csv"
          onChange={(event) => setFile(event.target.files?.[0] ?? null)}
          data-testid="population-import-file"
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-source`} className="field__label">
          {t('populations.import.source')}
        </label>
        <input
          id={`${id}-source`}
          className="field__input"
          value={source}
          placeholder={t('populations.sourceExample')}
          onChange={(event) => setSource(event.target.value)}
          data-testid="population-import-source"
        />
      </div>
      <div className="actions">
        <button
          type="button"
          className="button"
          disabled={file === null || importing.isPending}
          onClick={() => file && importing.mutate({ file, period, source })}
          data-testid="population-import-submit"
        >
          {t('populations.import.submit', { period })}
        </button>
      </div>
      {importing.error && <ErrorAlert error={importing.error} />}
      {importing.data && (
        <p className="alert alert--success" role="status" data-testid="population-import-done">
          {t('populations.import.done', { count: importing.data.declared })}
        </p>
      )}
    </section>
  );
}
