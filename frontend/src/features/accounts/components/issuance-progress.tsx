import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/errors/error-alert';
import { DownloadButton } from '@/components/ui/download-button';
import { ProgressBar } from '@/components/ui/progress-bar';
import { Spinner } from '@/components/ui/spinner';
import { formatDate } from '@/utils/format-date';
import { downloadSheet } from '@/features/accounts/api/download-sheet';
import { useIssuance } from '@/features/accounts/api/get-issuance';
import { useIssuanceItems } from '@/features/accounts/api/get-issuance-items';
import { useRetryIssuance } from '@/features/accounts/api/retry-issuance';
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
      {!isRunning(data.status) && data.done < data.total && <MissingLearners id={id} />}
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

/**
 * Who of a finished job has no account, and why (our own words, never Keycloak's); the failed ones can
 * be issued again, once per job (the server answers the same retry job if asked twice).
 */
function MissingLearners({ id }: { id: number }) {
  const { t } = useTranslation();
  const items = useIssuanceItems(id, true);
  const retry = useRetryIssuance(id);
  const [retryId, setRetryId] = useState<number | null>(null);

  if (items.isPending) return <Spinner />;
  if (items.error) return <ErrorAlert error={items.error} onRetry={() => void items.refetch()} />;
  const missing = items.data.filter((item) => item.status === 'FAILED' || item.status === 'PENDING');
  const failed = missing.filter((item) => item.status === 'FAILED').length;
  if (missing.length === 0) return null;

  return (
    <div data-testid="issuance-missing">
      <h3>{t('accounts.job.missingTitle', { count: missing.length })}</h3>
      <ul className="list">
        {missing.map((item) => (
          <li key={item.learnerId} data-testid={`issuance-missing-${item.learnerId}`}>
            <strong>{item.fullName ?? t('accounts.job.unknownLearner', { id: String(item.learnerId) })}</strong>
            <span className="muted">
              {' '}
              — {item.status === 'FAILED' ? (item.message ?? t('accounts.job.failedItem')) : t('accounts.job.notProcessed')}
            </span>
          </li>
        ))}
      </ul>
      {failed > 0 && retryId === null && (
        <button
          type="button"
          className="button button--primary"
          disabled={retry.isPending}
          onClick={() => retry.mutate(undefined, { onSuccess: (job) => setRetryId(job.id) })}
          data-testid="issuance-retry"
        >
          {t('accounts.job.retry', { count: failed })}
        </button>
      )}
      {retry.error && <ErrorAlert error={retry.error} />}
      {retryId !== null && <IssuanceProgress id={retryId} />}
    </div>
  );
}
