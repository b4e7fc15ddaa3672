import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ErrorAlert } from '@/components/errors/error-alert';
import { useIssueAccountsForImport } from '@/features/learner-imports/api/issue-accounts-for-import';
import type { CommitResult } from '@/features/learner-imports/api/types';

type ImportSuccessProps = { result: CommitResult; onImportAnother: () => void };

/** After a commit: the counts, and (when the stored learners are known) issuing their accounts next. */
export function ImportSuccess({ result, onImportAnother }: ImportSuccessProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const issue = useIssueAccountsForImport();
  const learnerIds = result.learnerIds ?? [];

  return (
    <section className="card card--success" data-testid="import-success">
      <h2 className="card__title">{t('imports.success.title')}</h2>
      <p data-testid="import-success-counts">
        {t('imports.success.counts', { created: result.created, updated: result.updated, skipped: result.skipped })}
      </p>
      {issue.error && <ErrorAlert error={issue.error} />}
      <div className="actions">
        {learnerIds.length > 0 && (
          <button
            type="button"
            className="button button--large"
            disabled={issue.isPending}
            onClick={() => issue.mutate(learnerIds, { onSuccess: (job) => void navigate(`/accounts?job=${job.id}`) })}
            data-testid="import-issue-accounts"
          >
            {t('imports.success.issueAccounts')}
          </button>
        )}
        <button type="button" className="button button--ghost" onClick={onImportAnother}>
          {t('imports.success.another')}
        </button>
      </div>
    </section>
  );
}
