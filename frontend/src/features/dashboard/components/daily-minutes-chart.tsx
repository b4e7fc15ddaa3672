import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { DayTotal } from '@/features/dashboard/api/types';
import { formatDate } from '@/utils/format-date';

const SLOT = 40;
const HEIGHT = 200;
const PAD = { top: 22, right: 12, bottom: 26, left: 12 };
const FONT = 12;

/**
 * Minutes studied per learner of the group on each day, against the daily target (issue 14): the
 * value is written on every bar (a phone has no hover), the target is a dashed line, and the chart
 * is drawn at its real pixel size (12 px text) and scrolls sideways, opened on the latest days.
 * Weekends and holidays are paler.
 */
export function DailyMinutesChart({
  days,
  expectedPerDay,
  groupSize,
}: {
  days: DayTotal[];
  expectedPerDay: number;
  groupSize: number;
}) {
  const { t, i18n } = useTranslation();
  const scroller = useRef<HTMLDivElement>(null);
  const perLearner = days.map((day) => Math.round(day.minutes / Math.max(groupSize, 1)));
  const max = Math.max(expectedPerDay, ...perLearner, 1);
  const width = PAD.left + Math.max(days.length, 1) * SLOT + PAD.right;
  const plotHeight = HEIGHT - PAD.top - PAD.bottom;
  const y = (minutes: number) => PAD.top + plotHeight - (minutes / max) * plotHeight;

  useEffect(() => {
    const element = scroller.current;
    if (element) element.scrollLeft = element.scrollWidth;
  }, [days.length]);

  return (
    <figure className="chart" data-testid="daily-minutes-chart">
      {/* Focusable so that a keyboard can scroll it too (axe: scrollable-region-focusable). */}
      <div className="chart__scroll" ref={scroller} tabIndex={0} role="region" aria-label={t('ux.chart.label')}>
        <svg width={width} height={HEIGHT} viewBox={`0 0 ${width} ${HEIGHT}`} role="img" aria-label={t('ux.chart.label')}>
          <line x1={PAD.left} x2={width - PAD.right} y1={y(0)} y2={y(0)} stroke="currentColor" strokeOpacity={0.4} />
          {days.map((day, index) => {
            const value = perLearner[index] ?? 0;
            const x = PAD.left + index * SLOT;
            return (
              <g key={day.day} data-testid={`chart-day-${day.day}`}>
                <rect
                  x={x + SLOT * 0.15}
                  y={y(value)}
                  width={SLOT * 0.7}
                  height={y(0) - y(value)}
                  className={day.workingDay ? 'chart__bar' : 'chart__bar chart__bar--off'}
                >
                  <title>
                    {t('ux.chart.bar', {
                      date: formatDate(day.day, i18n.language),
                      minutes: value,
                      count: day.learnersStudying,
                    })}
                  </title>
                </rect>
                <text x={x + SLOT / 2} y={y(value) - 4} textAnchor="middle" fontSize={FONT} className="chart__value">
                  {value}
                </text>
                <text x={x + SLOT / 2} y={HEIGHT - 8} textAnchor="middle" fontSize={FONT}>
                  {day.day.slice(8, 10)}/{day.day.slice(5, 7)}
                </text>
              </g>
            );
          })}
          <line
            x1={PAD.left}
            x2={width - PAD.right}
            y1={y(expectedPerDay)}
            y2={y(expectedPerDay)}
            className="chart__target"
            strokeDasharray="6 4"
            data-testid="chart-target"
          />
        </svg>
      </div>
      <figcaption className="muted">{t('ux.chart.caption', { minutes: expectedPerDay })}</figcaption>
    </figure>
  );
}
