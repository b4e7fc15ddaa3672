import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/errors/error-alert';
import { Spinner } from '@/components/ui/spinner';
import { useReconciliation } from '@/features/headcounts/api/get-reconciliation';
import { sumOf, type ReconciliationUnit } from '@/features/headcounts/api/types';

const COLUMNS = ['declared', 'registered', 'enrolled', 'accountsIssued'] as const;
type Column = (typeof COLUMNS)[number];

/**
 * Declared numbers beside what the system knows; a unit with a discrepancy is marked red, listed
 * first, and can be shown alone (the verifier triages: problems first).
 */
export function ReconciliationTable({ period }: { period: string }) {
  const { t } = useTranslation();
  const data = useReconciliation(period, null);
  const [problemsOnly, setProblemsOnly] = useState(false);

  if (data.isPending) return <Spinner />;
  if (data.error) return <ErrorAlert error={data.error} onRetry={() => void data.refetch()} />;
  const pending = new Set(data.data.notYetAvailable);

  const cell = (unit: ReconciliationUnit, column: Column) => {
    if (pending.has(column)) return <span className="muted">{t('headcounts.reconciliation.notYet')}</span>;
    const counts = unit[column];
    if (counts === null) return <span className="muted">{t('headcounts.reconciliation.none')}</span>;
    return sumOf(counts);
  };

  if (data.data.units.length === 0) return <p className="notice">{t('headcounts.reconciliation.empty')}</p>;
  const withProblems = data.data.units.filter((u) => u.discrepancies.length > 0);
  // Stable sort: units with discrepancies first, each group in the server's (tree) order.
  const ordered = [...withProblems, ...data.data.units.filter((u) => u.discrepancies.length === 0)];
  const shown = problemsOnly ? withProblems : ordered;

  return (
    <>
    <p className="reconciliation__summary" data-testid="reconciliation-summary">
      {t('ux.reconciliation.summary', { units: data.data.units.length, problems: withProblems.length })}
    </p>
    <label className="checkbox">
      <input
        type="checkbox"
        checked={problemsOnly}
        onChange={(e) => setProblemsOnly(e.target.checked)}
        data-testid="reconciliation-problems-only"
      />
      {t('ux.reconciliation.problemsOnly')}
    </label>
    {shown.length === 0 && <p className="notice">{t('ux.reconciliation.noProblems')}</p>}
    {shown.length > 0 && (
    <table className="table table--cards" data-testid="reconciliation">
      <thead>
        <tr>
          <th scope="col">{t('headcounts.unit')}</th>
          {COLUMNS.map((c) => (
            <th scope="col" key={c}>
              {t(`headcounts.reconciliation.${c}`)}
            </th>
          ))}
          <th scope="col">{t('headcounts.reconciliation.discrepancies')}</th>
        </tr>
      </thead>
      <tbody>
        {shown.map((unit) => {
          const bad = unit.discrepancies.length > 0;
          return (
            <tr key={unit.unitId} className={bad ? 'row--bad' : undefined} data-testid={`reconciliation-${unit.unitCode}`}>
              <td className="table__primary" data-label={t('headcounts.unit')}>
                <span>
                  {unit.unitName}
                  {unit.declaredStatus && (
                    <span className={`tag tag--${unit.declaredStatus}`}>{t(`headcounts.status.${unit.declaredStatus}`)}</span>
                  )}
                </span>
              </td>
              {COLUMNS.map((c) => (
                <td key={c} data-label={t(`headcounts.reconciliation.${c}`)} data-testid={`reconciliation-${unit.unitCode}-${c}`}>
                  {cell(unit, c)}
                </td>
              ))}
              <td data-label={t('headcounts.reconciliation.discrepancies')}>
                {bad ? (
                  <ul className="discrepancies">
                    {unit.discrepancies.map((d) => (
                      <li key={d.code}>{d.message}</li>
                    ))}
                  </ul>
                ) : (
                  t('headcounts.reconciliation.ok')
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
    )}
    </>
  );
}
