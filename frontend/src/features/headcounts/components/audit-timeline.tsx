import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/errors/error-alert';
import { Spinner } from '@/components/ui/spinner';
import { formatDateTime } from '@/utils/format-date';
import { useAudit } from '@/features/headcounts/api/get-audit';
import { HEADCOUNT_CATEGORIES } from '@/features/headcounts/api/types';

/** The numbers per category of an audit snapshot (`{counts: {...}}`); anything else counts as none. */
function countsOf(snapshot: Record<string, unknown> | null): Record<string, number> {
  const counts = snapshot?.counts;
  if (typeof counts !== 'object' || counts === null) return {};
  return Object.fromEntries(
    Object.entries(counts).filter((entry): entry is [string, number] => typeof entry[1] === 'number'),
  );
}

/** Who did what and when; a change of numbers shows old → new per category. */
export function AuditTimeline({ id }: { id: number }) {
  const { t, i18n } = useTranslation();
  const audit = useAudit(id);

  if (audit.isPending) return <Spinner />;
  if (audit.error) return <ErrorAlert error={audit.error} onRetry={() => void audit.refetch()} />;
  if (audit.data.length === 0) return <p className="muted">{t('headcounts.audit.empty')}</p>;

  return (
    <ol className="timeline" data-testid={`headcount-audit-${id}`}>
      {audit.data.map((entry, index) => {
        const before = countsOf(entry.before);
        const after = countsOf(entry.after);
        const changed = HEADCOUNT_CATEGORIES.filter(
          (c) => entry.before !== null && entry.after !== null && before[c] !== after[c],
        );
        return (
          <li key={index} className="timeline__item">
            <p>
              <strong>{t(`headcounts.audit.action.${entry.action}`, { defaultValue: entry.action })}</strong>
            </p>
            <p className="muted">{t('headcounts.audit.by', { by: entry.by, at: formatDateTime(entry.at, i18n.language) })}</p>
            {entry.reason && <p>{t('headcounts.audit.reason', { reason: entry.reason })}</p>}
            {changed.length > 0 && (
              <ul className="alert__list">
                {changed.map((c) => (
                  <li key={c}>
                    {t(`learnerCategory.${c}`)}: {before[c] ?? 0} → {after[c] ?? 0}
                  </li>
                ))}
              </ul>
            )}
          </li>
        );
      })}
    </ol>
  );
}
