import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/errors/error-alert';
import { Spinner } from '@/components/ui/spinner';
import { usePopulations } from '@/features/populations/api/get-populations';
import {
  CommunePopulationCard,
  type PopulationPermissions,
} from '@/features/populations/components/commune-population-card';
import { PopulationImport } from '@/features/populations/components/population-import';

type Filter = 'all' | 'waiting' | 'missing';

/**
 * Working-age populations per commune: unit admins enter or import them with their source; the
 * district, Sở Nội vụ or the IT centre verify them. Verified figures are the citizen indicators' denominators.
 */
export function PopulationsPage({ roles, username }: { roles: readonly string[]; username: string }) {
  const { t } = useTranslation();
  const ids = useId();
  const canDeclare = roles.includes('ADMIN') || roles.includes('UNIT_ADMIN');
  const canVerify = roles.includes('ADMIN') || roles.includes('VERIFIER') || roles.includes('UNIT_ADMIN');
  const permissions: PopulationPermissions = { canDeclare, canVerify, username };
  const [period, setPeriod] = useState(String(new Date().getFullYear()));
  const [filter, setFilter] = useState<Filter>(roles.includes('VERIFIER') ? 'waiting' : 'all');
  const validPeriod = /^\d{4}$/.test(period);
  const communes = usePopulations(validPeriod ? period : '');
  const shown = (communes.data ?? []).filter((c) =>
    filter === 'waiting' ? c.latest?.status === 'SUBMITTED' : filter === 'missing' ? c.approved === null : true,
  );
  return (
    <>
      <div className="filters">
        <div className="field">
          <label htmlFor={`${ids}-period`} className="field__label">
            {t('populations.period')}
          </label>
          <input
            id={`${ids}-period`}
            className="field__input"
            inputMode="numeric"
            value={period}
            onChange={(event) => setPeriod(event.target.value)}
            data-testid="population-period"
          />
        </div>
        <div className="field">
          <label htmlFor={`${ids}-filter`} className="field__label">
            {t('populations.filterLabel')}
          </label>
          <select
            id={`${ids}-filter`}
            className="field__input"
            value={filter}
            onChange={(event) => setFilter(event.target.value as Filter)}
            data-testid="population-filter"
          >
            {(['all', 'waiting', 'missing'] as const).map((name) => (
              <option key={name} value={name}>
                {t(`populations.filter.${name}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
      {canDeclare && validPeriod && <PopulationImport period={period} />}
      {communes.isPending && validPeriod && <Spinner />}
      {communes.error && <ErrorAlert error={communes.error} onRetry={() => void communes.refetch()} />}
      {communes.data && (
        <p className="muted" data-testid="population-summary">
          {t('populations.summary', {
            verified: communes.data.filter((c) => c.approved !== null).length,
            total: communes.data.length,
            waiting: communes.data.filter((c) => c.latest?.status === 'SUBMITTED').length,
          })}
        </p>
      )}
      {communes.data && shown.length === 0 && (
        <p className="notice" data-testid="population-empty">
          {t('populations.empty')}
        </p>
      )}
      {shown.map((commune) => (
        <CommunePopulationCard key={commune.unitId} commune={commune} period={period} permissions={permissions} />
      ))}
    </>
  );
}
