import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { IssuanceList } from '@/features/accounts/components/issuance-list';
import { IssuanceProgress } from '@/features/accounts/components/issuance-progress';
import { IssueForUnit } from '@/features/accounts/components/issue-for-unit';

export function AccountsRoute() {
  const { t } = useTranslation();
  // The followed job lives in the URL, so the import page can hand one over and a reload keeps it.
  const [params, setParams] = useSearchParams();
  const jobId = Number(params.get('job')) || null;
  const follow = (id: number) => setParams({ job: String(id) });

  return (
    <>
      <h1 className="page-title" data-testid="accounts-title">
        {t('accounts.title')}
      </h1>
      <p className="lead">{t('accounts.intro')}</p>
      {jobId !== null && <IssuanceProgress key={jobId} id={jobId} />}
      <IssueForUnit onStarted={follow} />
      <IssuanceList selectedId={jobId} onSelect={follow} />
    </>
  );
}
