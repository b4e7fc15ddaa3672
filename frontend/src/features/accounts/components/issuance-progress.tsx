import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/errors/error-alert';
import { DownloadButton } from '@/components/ui/download-button';
import { ProgressBar } from '@/components/ui/progress-bar';
import { Spinner } from '@/components/ui/spinner';
import { formatDate } from '@/utils/format-date';
import { downloadSheet } from '@/features/accounts/api/download-sheet';
import { useIssuance } from '@/features/accounts/api/get-issuance';
import { isRunning, percentOf } from '@/features/accounts/api/types';

/** Follows one issuance job until it ends, then offers its account sheet. */
export function IssuanceProgress({ id }: { id: number }) {
  const { t, i18n } = useTranslation();
  const job = useIssuance(id);

  if (job.isPending) return <Spinner />;
  if (job.error) return <ErrorAlert error={job.error} onRetry={() => void job.refetch()} />;
  const data = job.data;

  return (
    <section className="card" data-testid={`issuance-${id}`}>
      <h2 className="card__title">
        {t('accounts.job.title', { id })} <span className={`tag tag--${data.status}`}>{t(`accounts.status.${data.status}`)}</span>
      </h2>
      <p className="muted">{t('accounts.job.created', { date: formatDate(data.createdAt, i18n.language) })}</p>
      {isRunning(data.status) && <ProgressBar value={percentOf(data)} label={t('accounts.job.progress')} />}
      <p data-testid="issuance-counts">
        {t('accounts.job.counts', { done: data.done, total: data.total, failed: data.failed })}
      </p>
      {data.status === 'FAILED' && (
        <p className="alert alert--error" role="alert">
          {t('accounts.job.failed')}
        </p>
      )}
      {data.status === 'DONE' && (
        <div className="actions" data-testid="issuance-downloads">
          <DownloadButton
            variant="primary"
            label={t('accounts.job.excel')}
            download={() => downloadSheet(id, 'xlsx')}
            testId="issuance-excel"
          />
          <DownloadButton label={t('accounts.job.pdf')} download={() => downloadSheet(id, 'pdf')} testId="issuance-pdf" />
        </div>
      )}
    </section>
  );
}
