import { useTranslation } from 'react-i18next';
import { formatDate } from '@/utils/format-date';
import { ErrorAlert } from '@/components/errors/error-alert';
import { Spinner } from '@/components/ui/spinner';
import { useProgress } from '@/features/planning/api/get-progress';
import type { Progress } from '@/features/planning/api/types';
import { formatValue, rankWorstFirst } from '@/features/planning/components/format';
import { TrendChart } from '@/features/planning/components/trend-chart';

type IndicatorProgressProps = {
  planId: number;
  indicatorId: number;
  unitId: number | null;
  onUnit: (unitId: number) => void;
};

/** Value against target for one unit, its trend, and its children ranked worst first to drill into. */
export function IndicatorProgress({ planId, indicatorId, unitId, onUnit }: IndicatorProgressProps) {
  const { t } = useTranslation();
  const progress = useProgress(planId, indicatorId, unitId);
  if (progress.isPending) return <Spinner />;
  if (progress.isError) return <ErrorAlert error={progress.error} />;
  return <ProgressView progress={progress.data} onUnit={onUnit} t={t} />;
}

function ProgressView({
  progress,
  onUnit,
  t,
}: {
  progress: Progress;
  onUnit: (unitId: number) => void;
  t: ReturnType<typeof useTranslation>['t'];
}) {
  const { i18n } = useTranslation();
  const locale = i18n.language;
  const unit = progress.targetUnit;
  return (
    <section className="card" data-testid="indicator-progress">
      <nav className="breadcrumb" aria-label={t('planning.progress.path')}>
        {progress.path.map((step, index) => (
          <span key={step.id}>
            {index > 0 && ' › '}
            {step.id === progress.unit.id ? (
              <strong>{step.name}</strong>
            ) : (
              <button type="button" className="button button--ghost" onClick={() => onUnit(step.id)}>
                {step.name}
              </button>
            )}
          </span>
        ))}
      </nav>
      <h2 className="section-title">{progress.indicatorName}</h2>
      <div className="stats planning-stats">
        <div className="stats__item stats__item--total">
          <span className="muted">{t('planning.progress.value')}</span>
          <strong data-testid="progress-value">{formatValue(progress.value, unit, locale)}</strong>
        </div>
        <div className="stats__item">
          <span className="muted">{t('planning.progress.target')}</span>
          <strong>{formatValue(progress.target, unit, locale)}</strong>
        </div>
        <div className={`stats__item${progress.gap ? ' stats__item--bad' : ''}`}>
          <span className="muted">{t('planning.progress.gap')}</span>
          <strong>{formatValue(progress.gap, unit, locale)}</strong>
        </div>
        <div className="stats__item">
          <span className="muted">{t('planning.progress.status')}</span>
          <strong className={`tag tag--${progress.status.toLowerCase()}`} data-testid="progress-status">
            {t(`planning.status.${progress.status}`)}
          </strong>
        </div>
      </div>
      <p className="muted" data-testid="progress-denominator">
        {progress.denominator
          ? t('planning.progress.denominator', {
              numerator: progress.numerator.toLocaleString(locale),
              denominator: progress.denominator.value.toLocaleString(locale),
              source: t(`planning.source.${progress.denominator.source}`),
            })
          : t('planning.progress.reported')}
        {' · '}
        {t('planning.progress.due', { due: formatDate(progress.due, 'vi') })}
        {progress.forecast !== null &&
          ` · ${t('planning.progress.forecast', { value: formatValue(progress.forecast, unit, locale) })}`}
      </p>
      {progress.rule === 'CITIZENS_COMPLETED' && progress.denominator && progress.denominator.registeredUnits > 0 && (
        <p className="notice" data-testid="progress-missing-population">
          {t('planning.citizens.missing', {
            count: progress.denominator.registeredUnits,
            verified: progress.denominator.verifiedUnits,
          })}
        </p>
      )}
      {progress.reach && (
        <div className="notice" data-testid="progress-reach">
          <p>
            <strong>{t('planning.reach.title')}</strong>{' '}
            <strong data-testid="progress-reach-opens">{progress.reach.opens.toLocaleString(locale)}</strong>
          </p>
          <p className="muted">
            {t('planning.reach.explain', { from: formatDate(progress.reach.from, 'vi'), to: formatDate(progress.reach.to, 'vi') })}
          </p>
        </div>
      )}
      {progress.focalPoints && (
        <div className="stats planning-stats" data-testid="progress-focal-points">
          <div className="stats__item">
            <span className="muted">{t('planning.focal.trained')}</span>
            <strong>{progress.focalPoints.trained.toLocaleString(locale)}</strong>
          </div>
          <div className="stats__item">
            <span className="muted">{t('planning.focal.nominated')}</span>
            <strong>{progress.focalPoints.nominated.toLocaleString(locale)}</strong>
          </div>
          <div className="stats__item">
            <span className="muted">{t('planning.focal.target')}</span>
            <strong>{Math.round(progress.focalPoints.target).toLocaleString(locale)}</strong>
          </div>
          <div className="stats__item">
            <span className="muted">{t('planning.focal.perTrained')}</span>
            <strong data-testid="progress-per-trained">
              {progress.focalPoints.learnersPerTrained === null
                ? '—'
                : progress.focalPoints.learnersPerTrained.toLocaleString(locale)}
            </strong>
          </div>
        </div>
      )}
      <TrendChart
        points={progress.trend}
        target={progress.target}
        forecast={progress.forecast}
        due={progress.due}
        max={unit === 'PERCENT' ? 100 : undefined}
      />
      {progress.children.length > 0 && (
        <>
          <h3 className="section-title">{t('planning.progress.units')}</h3>
          <div className="table-scroll">
            <table className="table" data-testid="progress-units">
              <thead>
                <tr>
                  <th>{t('planning.progress.unit')}</th>
                  <th>{t('planning.progress.rate')}</th>
                  <th>{t('planning.progress.counted')}</th>
                  <th>{t('planning.progress.headcount')}</th>
                  {progress.rule === 'CITIZENS_COMPLETED' && <th>{t('planning.reach.column')}</th>}
                  {progress.rule === 'FOCAL_POINTS_TRAINED' && <th>{t('planning.focal.perTrained')}</th>}
                </tr>
              </thead>
              <tbody>
                {rankWorstFirst(progress.children).map((child) => (
                  <tr key={child.unitId} data-testid={`progress-unit-${child.code}`}>
                    <td>
                      {child.hasChildren ? (
                        <button
                          type="button"
                          className="button button--ghost"
                          onClick={() => onUnit(child.unitId)}
                          data-testid={`drill-${child.code}`}
                        >
                          {child.name}
                        </button>
                      ) : (
                        child.name
                      )}
                    </td>
                    <td>{formatValue(child.rate, 'PERCENT', locale)}</td>
                    <td>{child.numerator.toLocaleString(locale)}</td>
                    <td title={t(`planning.source.${child.source}`)}>{child.headcount.toLocaleString(locale)}</td>
                    {progress.rule === 'CITIZENS_COMPLETED' && <td>{(child.qrOpens ?? 0).toLocaleString(locale)}</td>}
                    {progress.rule === 'FOCAL_POINTS_TRAINED' && (
                      <td>{child.learnersPerTrained == null ? '—' : child.learnersPerTrained.toLocaleString(locale)}</td>
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
      {progress.categories.length > 0 && (
        <>
          <h3 className="section-title">{t('planning.progress.categories')}</h3>
          <ul className="list">
            {progress.categories.map((row) => (
              <li key={row.category}>
                {t(`planning.category.${row.category}`)}: {row.numerator.toLocaleString(locale)} /{' '}
                {row.headcount.toLocaleString(locale)} ({formatValue(row.rate, 'PERCENT', locale)})
              </li>
            ))}
          </ul>
        </>
      )}
      {progress.waves.length > 0 && (
        <>
          <h3 className="section-title">{t('planning.progress.waves')}</h3>
          <ul className="list">
            {progress.waves.map((wave) => (
              <li key={wave.waveId}>
                {t('planning.progress.wave', { id: wave.waveId, count: wave.learners })}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
