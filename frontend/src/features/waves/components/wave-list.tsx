import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Wave } from '@/features/waves/api/types';
import { StatusCounts } from '@/features/waves/components/status-counts';
import { formatDate } from '@/utils/format-date';

export function WaveList({ waves }: { waves: Wave[] }) {
  const { t, i18n } = useTranslation();
  if (waves.length === 0) return <p className="notice">{t('waves.none')}</p>;
  return (
    <ul className="wave-list" data-testid="wave-list">
      {waves.map((wave) => (
        <li key={wave.id} className="card">
          <h2 className="card__title">
            <Link to={`/waves/${wave.id}`}>{wave.name}</Link>
          </h2>
          <p className="muted">
            {t('waves.summary', {
              date: formatDate(wave.openingDate, i18n.language),
              enrolled: wave.enrolled,
              capacity: wave.capacity,
              days: wave.deadlineWorkingDays,
            })}
          </p>
          <StatusCounts counts={wave.byStatus} />
        </li>
      ))}
    </ul>
  );
}
