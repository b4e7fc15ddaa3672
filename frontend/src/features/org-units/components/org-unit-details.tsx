import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Breadcrumb } from '@/components/ui/breadcrumb';
import { ErrorAlert } from '@/components/errors/error-alert';
import { Spinner } from '@/components/ui/spinner';
import { useOrgUnit } from '@/features/org-units/api/get-org-unit';
import { UnitStatusBadge, UnitTypeBadge } from '@/features/org-units/components/org-unit-badges';
import { formatDate } from '@/utils/format-date';

type OrgUnitDetailsProps = { id: number; onClose: () => void };

export function OrgUnitDetails({ id, onClose }: OrgUnitDetailsProps) {
  const { t, i18n } = useTranslation();
  const unit = useOrgUnit(id);
  const language = i18n.resolvedLanguage ?? 'vi';
  const panel = useRef<HTMLElement>(null);

  // On a phone the panel sits below the tree: bring it into view, or the tap seems to do nothing.
  useEffect(() => {
    if (window.matchMedia?.('(max-width: 899px)').matches) {
      panel.current?.scrollIntoView?.({ behavior: 'smooth', block: 'start' });
    }
  }, [id]);

  return (
    <aside ref={panel} className="card details" aria-labelledby="unit-details-title" data-testid="org-unit-details">
      <div className="details__header">
        <h2 id="unit-details-title" className="card__title">
          {unit.data?.name ?? t('orgUnits.details.title')}
        </h2>
        <button type="button" className="button button--ghost" onClick={onClose}>
          {t('common.close')}
        </button>
      </div>
      {unit.isPending && <Spinner />}
      {unit.error && <ErrorAlert error={unit.error} />}
      {unit.data && (
        <>
          <Breadcrumb items={unit.data.path.map((p) => p.name)} label={t('orgUnits.details.path')} />
          <p className="details__badges">
            <UnitTypeBadge type={unit.data.type} />
            <UnitStatusBadge status={unit.data.status} />
          </p>
          <dl className="facts">
            <div className="facts__row">
              <dt>{t('orgUnits.details.code')}</dt>
              <dd>{unit.data.code}</dd>
            </div>
            <div className="facts__row">
              <dt>{t('orgUnits.details.validFrom')}</dt>
              <dd>{formatDate(unit.data.validFrom, language) || '—'}</dd>
            </div>
            {unit.data.validTo && (
              <div className="facts__row">
                <dt>{t('orgUnits.details.validTo')}</dt>
                <dd>{formatDate(unit.data.validTo, language)}</dd>
              </div>
            )}
          </dl>
          <h3 className="details__subtitle">{t('orgUnits.details.history')}</h3>
          {unit.data.history.length === 0 ? (
            <p className="muted">{t('orgUnits.details.noHistory')}</p>
          ) : (
            <ol className="timeline">
              {unit.data.history.map((entry, index) => (
                <li key={`${entry.kind}-${entry.effectiveDate}-${index}`} className="timeline__item">
                  <p className="timeline__head">
                    <strong>{t(`orgUnits.history.${entry.kind}`, entry.kind)}</strong>{' '}
                    <time dateTime={entry.effectiveDate}>{formatDate(entry.effectiveDate, language)}</time>
                  </p>
                  {entry.description && <p>{entry.description}</p>}
                  {entry.recordedBy && (
                    <p className="muted">
                      {t('orgUnits.details.recorded', {
                        by: entry.recordedBy,
                        date: formatDate(entry.recordedAt, language),
                      })}
                    </p>
                  )}
                </li>
              ))}
            </ol>
          )}
        </>
      )}
    </aside>
  );
}
