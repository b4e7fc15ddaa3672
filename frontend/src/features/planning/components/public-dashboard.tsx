import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '@/utils/format-date';
import { Spinner } from '@/components/ui/spinner';
import { usePublicDashboard, usePublicPlans } from '@/features/planning/api/get-public-dashboard';
import { formatValue } from '@/features/planning/components/format';

/** Province-level figures for anyone, without login; small populations are not shown. */
export function PublicDashboardView() {
  const { t, i18n } = useTranslation();
  const plans = usePublicPlans();
  const [chosen, setChosen] = useState<number | null>(null);
  const planId = chosen ?? plans.data?.[0]?.id ?? null;
  const dashboard = usePublicDashboard(planId);
  if (plans.isPending) return <Spinner />;
  if (plans.isError) return <p className="alert alert--error">{t('planning.public.unavailable')}</p>;
  return (
    <main className="main" data-testid="public-dashboard">
      <h1 className="page-title">{t('planning.public.title')}</h1>
      <p className="lead">{t('planning.public.intro')}</p>
      <div className="field">
        <label htmlFor="public-plan" className="field__label">
          {t('planning.public.plan')}
        </label>
        <select
          id="public-plan"
          className="field__input"
          value={planId ?? ''}
          onChange={(event) => setChosen(Number(event.target.value))}
        >
          {plans.data.map((plan) => (
            <option key={plan.id} value={plan.id}>
              {plan.number} — {plan.issuer}
            </option>
          ))}
        </select>
      </div>
      {dashboard.isPending && <Spinner />}
      {dashboard.data && (
        <>
          <p className="muted">
            {t('planning.public.note', { asOf: formatDate(dashboard.data.asOf, 'vi'), min: dashboard.data.minimumCellSize })}
          </p>
          {dashboard.data.indicators.map((indicator) => (
            <section key={indicator.id} className="card">
              <h2 className="section-title">{indicator.name}</h2>
              {indicator.rule === 'CITIZENS_COMPLETED' && (
                <p className="muted" data-testid="public-citizens-basis">
                  {t('planning.public.citizensBasis')}
                </p>
              )}
              {indicator.suppressed ? (
                <p className="muted">{t('planning.public.suppressed')}</p>
              ) : (
                <>
                  <p>
                    <strong>{formatValue(indicator.value, indicator.targetUnit, i18n.language)}</strong>{' '}
                    {t('planning.public.ofTarget', {
                      target: formatValue(indicator.target, indicator.targetUnit, i18n.language),
                      due: formatDate(indicator.due, 'vi'),
                    })}
                  </p>
                  <ul className="list">
                    {indicator.categories.map((row) => (
                      <li key={row.category}>
                        {t(`planning.category.${row.category}`)}:{' '}
                        {row.suppressed ? t('planning.public.hidden') : formatValue(row.rate, 'PERCENT', i18n.language)}
                      </li>
                    ))}
                  </ul>
                </>
              )}
              {indicator.qrOpens != null && (
                <p className="notice" data-testid="public-reach">
                  <strong>{t('planning.reach.title')}</strong> {indicator.qrOpens.toLocaleString(i18n.language)}
                  <br />
                  <span className="muted">{t('planning.public.reachExplain')}</span>
                </p>
              )}
            </section>
          ))}
        </>
      )}
    </main>
  );
}
