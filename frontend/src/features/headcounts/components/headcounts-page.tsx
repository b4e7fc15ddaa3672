import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ErrorAlert } from '@/components/errors/error-alert';
import { Spinner } from '@/components/ui/spinner';
import { useHeadcounts } from '@/features/headcounts/api/get-headcounts';
import { HEADCOUNT_STATUSES, type Headcount, type HeadcountStatus } from '@/features/headcounts/api/types';
import { useReconciliation } from '@/features/headcounts/api/get-reconciliation';
import { HeadcountCard } from '@/features/headcounts/components/headcount-card';
import { HeadcountForm } from '@/features/headcounts/components/headcount-form';
import { ReconciliationTable } from '@/features/headcounts/components/reconciliation-table';

type Tab = 'list' | 'reconciliation';

/** Units declare, the Department of Home Affairs verifies; everyone with access can compare. */
export function HeadcountsPage({ roles }: { roles: readonly string[] }) {
  const { t } = useTranslation();
  const ids = useId();
  const canDeclare = roles.includes('ADMIN') || roles.includes('UNIT_ADMIN');
  const canVerify = roles.includes('ADMIN') || roles.includes('VERIFIER');
  // A verifier's work is the submitted ones; they can widen the filter.
  // A task home's link names the status (?status=SUBMITTED).
  const [searchParams] = useSearchParams();
  const linked = searchParams.get('status') as HeadcountStatus | null;
  const [status, setStatus] = useState<HeadcountStatus | ''>(
    linked && HEADCOUNT_STATUSES.includes(linked) ? linked : canVerify && !canDeclare ? 'SUBMITTED' : '',
  );
  // The last decision, confirmed on screen after its card leaves the filtered list (issue 14).
  const [decided, setDecided] = useState<{ action: 'approve' | 'return'; headcount: Headcount } | null>(null);
  const [period, setPeriod] = useState(String(new Date().getFullYear()));
  const [tab, setTab] = useState<Tab>('list');
  const [form, setForm] = useState<{ editing: Headcount | null } | null>(null);
  const validPeriod = /^\d{4}$/.test(period);
  const list = useHeadcounts({ period: validPeriod ? period : '', status });
  // A verifier compares each declaration with the system's own register (the reconciliation's figures).
  const system = useReconciliation(validPeriod ? period : '', null, canVerify && validPeriod);

  return (
    <>
      <div className="tabs" role="group" aria-label={t('headcounts.title')}>
        {(['list', 'reconciliation'] as const).map((name) => (
          <button
            key={name}
            type="button"
            className="tabs__button"
            aria-pressed={tab === name}
            onClick={() => setTab(name)}
            data-testid={`headcount-tab-${name}`}
          >
            {t(`headcounts.tabs.${name}`)}
          </button>
        ))}
      </div>
      <div className="filters">
        <div className="field">
          <label htmlFor={`${ids}-period`} className="field__label">
            {t('headcounts.period')}
          </label>
          <input
            id={`${ids}-period`}
            className="field__input"
            inputMode="numeric"
            value={period}
            onChange={(event) => setPeriod(event.target.value)}
            data-testid="headcount-filter-period"
          />
        </div>
        {tab === 'list' && (
          <div className="field">
            <label htmlFor={`${ids}-status`} className="field__label">
              {t('headcounts.statusLabel')}
            </label>
            <select
              id={`${ids}-status`}
              className="field__input"
              value={status}
              onChange={(event) => setStatus(event.target.value as HeadcountStatus | '')}
              data-testid="headcount-filter-status"
            >
              <option value="">{t('headcounts.allStatuses')}</option>
              {HEADCOUNT_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {t(`headcounts.status.${s}`)}
                </option>
              ))}
            </select>
          </div>
        )}
      </div>

      {tab === 'reconciliation' ? (
        validPeriod && <ReconciliationTable period={period} />
      ) : (
        <>
          {canDeclare && form === null && (
            <div className="actions">
              <button type="button" className="button" onClick={() => setForm({ editing: null })} data-testid="headcount-new">
                {t('headcounts.actions.new')}
              </button>
            </div>
          )}
          {form !== null && (
            <HeadcountForm
              key={form.editing?.id ?? 'new'}
              editing={form.editing}
              period={validPeriod ? period : String(new Date().getFullYear())}
              onDone={() => setForm(null)}
              onCancel={() => setForm(null)}
            />
          )}
          {list.isPending && validPeriod && <Spinner />}
          {list.error && <ErrorAlert error={list.error} onRetry={() => void list.refetch()} />}
          {decided && (
            <div className="alert alert--success" role="status" data-testid="headcount-decided">
              <p className="alert__message">
                {t(decided.action === 'approve' ? 'ux.headcounts.approved' : 'ux.headcounts.returned', {
                  unit: decided.headcount.unitName,
                  period: decided.headcount.period,
                })}
              </p>
              {decided.action === 'approve' && status !== 'APPROVED' && (
                <button
                  type="button"
                  className="button button--ghost"
                  onClick={() => {
                    setStatus('APPROVED');
                    setDecided(null);
                  }}
                  data-testid="headcount-show-approved"
                >
                  {t('ux.headcounts.showApproved')}
                </button>
              )}
            </div>
          )}
          {list.data?.length === 0 && (
            <p className="notice" data-testid="headcount-empty">
              {status === 'SUBMITTED'
                ? t('ux.headcounts.noneWaiting', { period })
                : status
                  ? t('ux.headcounts.noneWithStatus', { status: t(`headcounts.status.${status}`), period })
                  : t('headcounts.empty')}
            </p>
          )}
          {list.data?.map((h) => (
            <HeadcountCard
              key={h.id}
              headcount={h}
              permissions={{ canDeclare, canVerify }}
              onEdit={(editing) => setForm({ editing })}
              onDecided={(action, headcount) => setDecided({ action, headcount })}
              registered={system.data?.units.find((u) => u.unitId === h.unitId)?.registered ?? null}
            />
          ))}
        </>
      )}
    </>
  );
}
