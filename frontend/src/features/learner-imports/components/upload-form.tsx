import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/errors/error-alert';
import { DownloadButton } from '@/components/ui/download-button';
import { downloadTemplate } from '@/features/learner-imports/api/download-files';
import { useUploadImport } from '@/features/learner-imports/api/upload-import';
import type { LearnerImport } from '@/features/learner-imports/api/types';

export function UploadForm({ onUploaded }: { onUploaded: (started: LearnerImport) => void }) {
  const { t } = useTranslation();
  const fileId = useId();
  const sheetId = useId();
  const [file, setFile] = useState<File | null>(null);
  const [sheet, setSheet] = useState('');
  const upload = useUploadImport();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (file) upload.mutate({ file, sheet }, { onSuccess: onUploaded });
  };

  return (
    <section className="card" data-testid="import-upload">
      <h2 className="card__title">{t('imports.upload.title')}</h2>
      <ol className="steps">
        <li>{t('imports.upload.step1')}</li>
        <li>{t('imports.upload.step2')}</li>
        <li>{t('imports.upload.step3')}</li>
      </ol>
      <div className="actions">
        <DownloadButton label={t('imports.template')} download={downloadTemplate} testId="import-template" />
      </div>
      <form onSubmit={submit}>
        <div className="field">
          <label htmlFor={fileId} className="field__label">
            {t('imports.upload.file')}
          </label>
          <input
            id={fileId}
            type="file"
            className="field__input"
            accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            onChange={(event) => setFile(event.target.files?.[0] ?? null)}
            data-testid="import-file"
          />
        </div>
        <div className="field">
          <label htmlFor={sheetId} className="field__label">
            {t('importLayout.pickSheet')}
          </label>
          <input
            id={sheetId}
            type="text"
            className="field__input"
            value={sheet}
            onChange={(event) => setSheet(event.target.value)}
            data-testid="import-sheet"
          />
        </div>
        {upload.error && <ErrorAlert error={upload.error} />}
        <button type="submit" className="button" disabled={!file || upload.isPending} data-testid="import-submit">
          {upload.isPending ? t('imports.upload.sending') : t('imports.upload.submit')}
        </button>
      </form>
    </section>
  );
}
