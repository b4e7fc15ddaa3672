import { useTranslation } from 'react-i18next';
import { formatDate } from '@/utils/format-date';
import { ErrorAlert } from '@/components/errors/error-alert';
import { Spinner } from '@/components/ui/spinner';
import { useIndicators, usePlan } from '@/features/planning/api/get-plans';
import { formatValue } from '@/features/planning/components/format';
import { IndicatorProgress } from '@/features/planning/components/indicator-progress';
import { ReportPanel } from '@/features/planning/components/report-panel';

type PlanDetailProps = {
  planId: number;
  indicatorId: number | null;
  unitId: number | null;
  canConfirm: boolean;
  onSelect: (indicatorId: number | null, unitId: number | null) => void;
};

/** A plan, its indicators (pick one to see its live progress), and its reports. */
export function PlanDetail({ planId, indicatorId, unitId, canConfirm, onSelect }: PlanDetailProps) {
  const { t, i18n } = useTranslation();
  const plan = usePlan(planId);
  const indicators = useIndicators(planId);
  if (plan.isPending || indicators.isPending) return <Spinner />;
  if (plan.isError) return <ErrorAlert error={plan.error} />;
  if (indicators.isError) return <ErrorAlert error={indicators.error} />;
  const selected = indicatorId ?? indicators.data.find((i) => i.kind === 'MEASURED')?.id ?? null;
  return (
    <>
      <h1 className="page-title" data-testid="plan-title">
        {plan.data.number} — {plan.data.issuer}
      </h1>
      <p className="lead">{plan.data.title}</p>
      <div className="split">
        <ul className="list" data-testid="indicators">
          {indicators.data.map((indicator) => (
            <li key={indicator.id}>
              <button
                type="button"
                className={`list__button${indicator.id === selected ? ' list__button--selected' : ''}`}
                onClick={() => onSelect(indicator.id, null)}
                data-testid={`indicator-${indicator.position}`}
              >
                <span className="list__title">{indicator.name}</span>
                <span className="muted">
                  {t('planning.indicator.target', {
                    value: formatValue(indicator.targetValue, indicator.targetUnit, i18n.language),
                    deadline: formatDate(indicator.deadline, 'vi'),
                  })}
                  {' · '}
                  {indicator.toBeCompleted
                    ? t('planning.indicator.toBeCompleted')
                    : t(`planning.indicator.kind.${indicator.kind}`)}
                </span>
              </button>
            </li>
          ))}
        </ul>
        <div>
          {selected !== null && (
            <IndicatorProgress
              planId={planId}
              indicatorId={selected}
              unitId={unitId}
              onUnit={(unit) => onSelect(selected, unit)}
            />
          )}
          <ReportPanel plan={plan.data} indicatorId={selected} unitId={unitId} canConfirm={canConfirm} />
        </div>
      </div>
    </>
  );
}
