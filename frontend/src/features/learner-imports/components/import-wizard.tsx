import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/errors/error-alert';
import { ProgressBar } from '@/components/ui/progress-bar';
import { useCommitImport } from '@/features/learner-imports/api/commit-import';
import { useImport } from '@/features/learner-imports/api/get-import';
import type { CommitResult, LearnerImport } from '@/features/learner-imports/api/types';
import { ImportReport } from '@/features/learner-imports/components/import-report';
import { ImportSuccess } from '@/features/learner-imports/components/import-success';
import { UploadForm } from '@/features/learner-imports/components/upload-form';

/** Upload → dry-run report → commit → success; the server holds the state, the page follows it. */
export function ImportWizard() {
  const [started, setStarted] = useState<LearnerImport | null>(null);
  const restart = () => setStarted(null);

  if (!started) return <UploadForm onUploaded={setStarted} />;
  return <ImportInProgress key={started.id} started={started} onRestart={restart} />;
}

function ImportInProgress({ started, onRestart }: { started: LearnerImport; onRestart: () => void }) {
  const { t } = useTranslation();
  const current = useImport(started.id, started);
  const commit = useCommitImport(started.id);
  const [result, setResult] = useState<CommitResult | null>(null);
  const report = current.data ?? started;

  if (result) return <ImportSuccess result={result} onImportAnother={onRestart} />;

  switch (report.status) {
    case 'VALIDATING':
      return <ProgressBar value={report.progress} label={t('imports.progress.validating', { file: report.fileName })} />;
    case 'COMMITTED':
      return (
        <ImportSuccess
          result={{ created: report.toCreate, updated: report.toUpdate, skipped: report.invalidRows }}
          onImportAnother={onRestart}
        />
      );
    case 'FAILED':
      return (
        <section className="card" data-testid="import-failed">
          <p className="alert alert--error" role="alert">
            {t('imports.failed')}
          </p>
          <button type="button" className="button" onClick={onRestart}>
            {t('imports.report.uploadAgain')}
          </button>
        </section>
      );
    default:
      return (
        <>
          {current.error && <ErrorAlert error={current.error} onRetry={() => void current.refetch()} />}
          <ImportReport
            report={report}
            committing={commit.isPending}
            commitError={commit.error}
            onUploadAgain={onRestart}
            onCommit={(mode) => commit.mutate(mode, { onSuccess: setResult })}
          />
        </>
      );
  }
}
