import { useTranslation } from 'react-i18next';
import type { EnrolmentRow } from '@/features/waves/api/types';
import { StatusBadge } from '@/features/waves/components/status-counts';
import { formatDate } from '@/utils/format-date';

/** Learners with their status and deadline; a list of cards that reads well on a phone too. */
export function EnrolmentList({ rows }: { rows: EnrolmentRow[] }) {
  const { t, i18n } = useTranslation();
  if (rows.length === 0) return <p className="muted">{t('waves.noLearnersYet')}</p>;
  return (
    <ul className="enrolment-list" data-testid="enrolment-list">
      {rows.map((row) => (
        <li key={row.enrolmentId} className="enrolment-list__item" data-testid={`enrolment-${row.learnerId}`}>
          <div className="enrolment-list__name">{row.fullName}</div>
          <div className="enrolment-list__meta">
            <StatusBadge status={row.status} /> <span className="muted">{row.unitCode}</span>
          </div>
          <div className="enrolment-list__deadline">
            {row.deadline
              ? t('waves.deadlineWithDaysLeft', {
                  date: formatDate(row.deadline, i18n.language),
                  count: row.workingDaysLeft ?? 0,
                })
              : t('waves.waitingForAccount')}
          </div>
        </li>
      ))}
    </ul>
  );
}
