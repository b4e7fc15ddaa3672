import { useTranslation } from 'react-i18next';
import { formatDate } from '@/utils/format-date';
import { Link } from 'react-router';
import { ErrorAlert } from '@/components/errors/error-alert';
import { Spinner } from '@/components/ui/spinner';
import { usePlans } from '@/features/planning/api/get-plans';

export function PlansList() {
  const { t } = useTranslation();
  const plans = usePlans();
  if (plans.isPending) return <Spinner />;
  if (plans.isError) return <ErrorAlert error={plans.error} />;
  if (plans.data.length === 0) return <p className="muted">{t('planning.noPlans')}</p>;
  return (
    <ul className="list" data-testid="plans">
      {plans.data.map((plan) => (
        <li key={plan.id} className="card">
          <Link to={`/plans/${plan.id}`} data-testid={`plan-${plan.number}`}>
            <strong>{plan.number}</strong> — {plan.issuer}
          </Link>
          <p>{plan.title}</p>
          <p className="muted">
            {t('planning.period', { from: formatDate(plan.periodStart, 'vi'), to: formatDate(plan.periodEnd, 'vi') })}
            {plan.implementsRef && ` · ${t('planning.implements', { ref: plan.implementsRef })}`}
          </p>
        </li>
      ))}
    </ul>
  );
}
