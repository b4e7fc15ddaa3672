import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/errors/error-alert';
import { Spinner } from '@/components/ui/spinner';
import { UnitSelect } from '@/components/ui/unit-select';
import { useUnitTree } from '@/features/accounts/api/get-unit-tree';
import { useStartIssuance } from '@/features/accounts/api/start-issuance';

export function IssueForUnit({ onStarted }: { onStarted: (jobId: number) => void }) {
  const { t } = useTranslation();
  const tree = useUnitTree();
  const start = useStartIssuance();
  const [unitId, setUnitId] = useState<number | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (unitId !== null) start.mutate({ unitId }, { onSuccess: (job) => onStarted(job.id) });
  };

  return (
    <section className="card" data-testid="issue-for-unit">
      <h2 className="card__title">{t('accounts.issue.title')}</h2>
      <p className="muted">{t('accounts.issue.text')}</p>
      {tree.isPending && <Spinner />}
      {tree.error && <ErrorAlert error={tree.error} onRetry={() => void tree.refetch()} />}
      {tree.data && (
        <form onSubmit={submit}>
          <UnitSelect
            label={t('accounts.issue.unit')}
            placeholder={t('accounts.issue.pickUnit')}
            roots={tree.data}
            value={unitId}
            onChange={setUnitId}
            required
            testId="issue-unit"
          />
          {start.error && <ErrorAlert error={start.error} />}
          <button type="submit" className="button" disabled={unitId === null || start.isPending} data-testid="issue-submit">
            {t('accounts.issue.submit')}
          </button>
        </form>
      )}
    </section>
  );
}
