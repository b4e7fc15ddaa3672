import { useTranslation } from 'react-i18next';
import { ENROLMENT_STATUSES, type EnrolmentStatus } from '@/features/waves/api/types';

export function StatusBadge({ status }: { status: EnrolmentStatus }) {
  const { t } = useTranslation();
  return (
    <span className={`badge badge--enrolment badge--${status.toLowerCase()}`} data-testid="enrolment-status">
      {t(`waves.status.${status}`)}
    </span>
  );
}

/** How many learners of a wave are in each status; statuses nobody is in are left out. */
export function StatusCounts({ counts }: { counts: Partial<Record<EnrolmentStatus, number>> }) {
  const { t } = useTranslation();
  const shown = ENROLMENT_STATUSES.filter((status) => (counts[status] ?? 0) > 0);
  if (shown.length === 0) return <p className="muted">{t('waves.noLearnersYet')}</p>;
  return (
    <ul className="chips" data-testid="status-counts">
      {shown.map((status) => (
        <li key={status} className="chip">
          {t(`waves.status.${status}`)}: <strong>{counts[status]}</strong>
        </li>
      ))}
    </ul>
  );
}
