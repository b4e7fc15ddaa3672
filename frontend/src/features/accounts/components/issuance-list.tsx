import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/errors/error-alert';
import { Spinner } from '@/components/ui/spinner';
import { formatDate } from '@/utils/format-date';
import { useIssuances } from '@/features/accounts/api/get-issuances';

/** Recent jobs; picking one shows its progress and downloads. */
export function IssuanceList({ selectedId, onSelect }: { selectedId: number | null; onSelect: (id: number) => void }) {
  const { t, i18n } = useTranslation();
  const jobs = useIssuances();

  return (
    <section className="card" data-testid="issuance-list">
      <h2 className="card__title">{t('accounts.recent')}</h2>
      {jobs.isPending && <Spinner />}
      {jobs.error && <ErrorAlert error={jobs.error} onRetry={() => void jobs.refetch()} />}
      {jobs.data?.length === 0 && <p className="notice">{t('accounts.noJobs')}</p>}
      {jobs.data && jobs.data.length > 0 && (
        <ul className="list">
          {jobs.data.map((job) => (
            <li key={job.id}>
              <button
                type="button"
                className={`list__button${job.id === selectedId ? ' list__button--selected' : ''}`}
                onClick={() => onSelect(job.id)}
                aria-pressed={job.id === selectedId}
                data-testid={`issuance-row-${job.id}`}
              >
                <span className="list__title">
                  {t('accounts.job.title', { id: job.id })} · {formatDate(job.createdAt, i18n.language)}
                </span>
                <span className={`tag tag--${job.status}`}>{t(`accounts.status.${job.status}`)}</span>
                <span className="muted">{t('accounts.job.short', { done: job.done, total: job.total })}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
