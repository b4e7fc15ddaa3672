import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/errors/error-alert';
import { Pager } from '@/components/ui/pager';
import { Spinner } from '@/components/ui/spinner';
import { UnitSelect } from '@/components/ui/unit-select';
import { formatDate } from '@/utils/format-date';
import { useLearners } from '@/features/learners/api/get-learners';
import { useUnitTree } from '@/features/learners/api/get-unit-tree';
import { LEARNER_CATEGORIES, type LearnerCategory } from '@/features/learners/api/types';
import { AccountActions, type AccountPermissions } from '@/features/learners/components/account-actions';
import { useAccountStates } from '@/features/learners/api/learner-account';

/** Waits until typing pauses, so each keystroke does not send a request. */
function useSettled(value: string, delayMs = 350): string {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delayMs);
    return () => clearTimeout(timer);
  }, [value, delayMs]);
  return settled;
}

/** {@code accounts}: which account actions the signed-in user may take on each learner. */
export function LearnerList({ accounts }: { accounts?: AccountPermissions }) {
  const { t, i18n } = useTranslation();
  const searchId = useId();
  const categoryId = useId();
  const [query, setQuery] = useState('');
  const [category, setCategory] = useState<LearnerCategory | ''>('');
  const [unitId, setUnitId] = useState<number | null>(null);
  const [page, setPage] = useState(0);
  const q = useSettled(query);
  const learners = useLearners({ q, category, unitId, page });
  const tree = useUnitTree();
  const pageIds = learners.data?.content.map((learner) => learner.id) ?? [];
  const states = useAccountStates(pageIds, accounts !== undefined);
  // undefined while loading (no action offered yet), null for a learner without an account.
  const accountOf = (learnerId: number) =>
    states.data ? (states.data.find((a) => a.learnerId === learnerId) ?? null) : undefined;

  return (
    <>
      <div className="filters">
        <div className="field">
          <label htmlFor={searchId} className="field__label">
            {t('learners.search.label')}
          </label>
          <input
            id={searchId}
            type="search"
            className="field__input"
            value={query}
            placeholder={t('learners.search.placeholder')}
            onChange={(event) => {
              setQuery(event.target.value);
              setPage(0);
            }}
            data-testid="learner-search"
          />
        </div>
        <div className="field">
          <label htmlFor={categoryId} className="field__label">
            {t('learners.category')}
          </label>
          <select
            id={categoryId}
            className="field__input"
            value={category}
            onChange={(event) => {
              setCategory(event.target.value as LearnerCategory | '');
              setPage(0);
            }}
            data-testid="learner-category"
          >
            <option value="">{t('learners.allCategories')}</option>
            {LEARNER_CATEGORIES.map((c) => (
              <option key={c} value={c}>
                {t(`learnerCategory.${c}`)}
              </option>
            ))}
          </select>
        </div>
        {tree.data && (
          <UnitSelect
            label={t('learners.unit')}
            placeholder={t('learners.allUnits')}
            roots={tree.data}
            value={unitId}
            onChange={(id) => {
              setUnitId(id);
              setPage(0);
            }}
            testId="learner-unit"
          />
        )}
      </div>
      {learners.isPending && <Spinner />}
      {learners.error && <ErrorAlert error={learners.error} onRetry={() => void learners.refetch()} />}
      {states.error && <ErrorAlert error={states.error} onRetry={() => void states.refetch()} />}
      {learners.data && (
        <>
          <p className="muted" role="status" data-testid="learner-count">
            {t('learners.count', { count: learners.data.totalElements })}
          </p>
          {learners.data.content.length === 0 ? (
            <p className="notice">{t('learners.empty')}</p>
          ) : (
            <table className="table table--cards" data-testid="learner-table">
              <thead>
                <tr>
                  <th scope="col">{t('learners.fullName')}</th>
                  <th scope="col">{t('learners.dateOfBirth')}</th>
                  <th scope="col">{t('learners.unit')}</th>
                  <th scope="col">{t('learners.category')}</th>
                  <th scope="col">{t('learners.position')}</th>
                  <th scope="col">{t('learners.contact')}</th>
                  {accounts && <th scope="col">{t('learners.account.title')}</th>}
                </tr>
              </thead>
              <tbody>
                {learners.data.content.map((learner) => (
                  <tr key={learner.id} data-testid={`learner-${learner.id}`}>
                    <td data-label={t('learners.fullName')} className="table__primary">
                      {learner.fullName}
                    </td>
                    <td data-label={t('learners.dateOfBirth')}>{formatDate(learner.dateOfBirth, i18n.language)}</td>
                    <td data-label={t('learners.unit')}>{learner.unitName}</td>
                    <td data-label={t('learners.category')}>{t(`learnerCategory.${learner.category}`)}</td>
                    <td data-label={t('learners.position')}>{learner.position ?? ''}</td>
                    <td data-label={t('learners.contact')}>{learner.phone ?? learner.email ?? ''}</td>
                    {accounts && (
                      <td data-label={t('learners.account.title')}>
                        <AccountActions
                          learnerId={learner.id}
                          learnerName={learner.fullName}
                          account={accountOf(learner.id)}
                          permissions={accounts}
                        />
                      </td>
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <Pager page={learners.data.page} totalPages={learners.data.totalPages} onChange={setPage} />
        </>
      )}
    </>
  );
}
