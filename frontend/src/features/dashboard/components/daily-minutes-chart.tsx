import { useTranslation } from 'react-i18next';
import type { DayTotal } from '@/features/dashboard/api/types';
import { formatDate } from '@/utils/format-date';

const WIDTH = 640;
const HEIGHT = 180;
const PAD = { top: 12, right: 8, bottom: 28, left: 40 };

/**
 * The group's study minutes per day as bars (weekends and holidays paler), with a line at what the
 * course expects of the whole group on a working day. Plain SVG, scaled to the card's width.
 */
export function DailyMinutesChart({ days, expectedPerDay }: { days: DayTotal[]; expectedPerDay: number }) {
  const { t, i18n } = useTranslation();
  const max = Math.max(expectedPerDay, ...days.map((day) => day.minutes), 1);
  const plotWidth = WIDTH - PAD.left - PAD.right;
  const plotHeight = HEIGHT - PAD.top - PAD.bottom;
  const slot = plotWidth / Math.max(days.length, 1);
  const y = (minutes: number) => PAD.top + plotHeight - (minutes / max) * plotHeight;
  const labelEvery = Math.ceil(days.length / 8);
  return (
    <figure className="chart" data-testid="daily-minutes-chart">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={t('dashboard.chart.label')} width="100%">
        <line x1={PAD.left} x2={WIDTH - PAD.right} y1={y(0)} y2={y(0)} stroke="currentColor" strokeOpacity={0.4} />
        <text x={PAD.left - 6} y={y(max) + 4} textAnchor="end" fontSize={11}>
          {max}
        </text>
        <text x={PAD.left - 6} y={y(0)} textAnchor="end" fontSize={11}>
          0
        </text>
        {days.map((day, index) => {
          const height = y(0) - y(day.minutes);
          return (
            <g key={day.day}>
              <rect
                x={PAD.left + index * slot + slot * 0.15}
                y={y(day.minutes)}
                width={slot * 0.7}
                height={height}
                className={day.workingDay ? 'chart__bar' : 'chart__bar chart__bar--off'}
              >
                <title>{t('dashboard.chart.bar', { date: formatDate(day.day, i18n.language), minutes: day.minutes, count: day.learnersStudying })}</title>
              </rect>
              {index % labelEvery === 0 && (
                <text x={PAD.left + index * slot + slot / 2} y={HEIGHT - 10} textAnchor="middle" fontSize={10}>
                  {day.day.slice(8, 10)}/{day.day.slice(5, 7)}
                </text>
              )}
            </g>
          );
        })}
      </svg>
      <figcaption className="muted">{t('dashboard.chart.caption')}</figcaption>
    </figure>
  );
}
