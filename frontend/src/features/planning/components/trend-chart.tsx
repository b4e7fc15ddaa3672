import { useTranslation } from 'react-i18next';
import { formatDate } from '@/utils/format-date';

type Point = { day: string; value: number };

type TrendChartProps = { points: Point[]; target: number; forecast: number | null; due: string; max?: number };

const WIDTH = 320;
const HEIGHT = 140;
const PAD = 24;

/** The indicator day by day against its target (dashed), and the forecast at the due date (dotted). */
export function TrendChart({ points, target, forecast, due, max }: TrendChartProps) {
  const { t } = useTranslation();
  if (points.length === 0) return null;
  const days = points.map((p) => Date.parse(p.day));
  const start = Math.min(...days);
  const end = Math.max(Date.parse(due), ...days);
  const top = max ?? (Math.max(target, forecast ?? 0, ...points.map((p) => p.value)) * 1.1 || 1);
  const x = (day: number) => PAD + ((day - start) / Math.max(1, end - start)) * (WIDTH - 2 * PAD);
  const y = (value: number) => HEIGHT - PAD - (value / top) * (HEIGHT - 2 * PAD);
  const line = points.map((p, i) => `${i === 0 ? 'M' : 'L'}${x(Date.parse(p.day)).toFixed(1)},${y(p.value).toFixed(1)}`).join(' ');
  const last = points[points.length - 1]!;
  // A due date already passed is not drawn ahead of today, and there is nothing to forecast.
  const dueAhead = Date.parse(due) > Date.parse(last.day);
  return (
    <svg
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      role="img"
      aria-label={t('planning.chart.label')}
      className="trend-chart"
      data-testid="trend-chart"
    >
      <line x1={PAD} y1={HEIGHT - PAD} x2={WIDTH - PAD} y2={HEIGHT - PAD} stroke="#999" />
      <line x1={PAD} y1={y(target)} x2={WIDTH - PAD} y2={y(target)} stroke="#c62828" strokeDasharray="4 3" />
      <text x={WIDTH - PAD} y={y(target) - 4} fontSize="9" textAnchor="end" fill="#c62828">
        {t('planning.chart.target')}
      </text>
      {forecast !== null && dueAhead && (
        <line
          x1={x(Date.parse(last.day))}
          y1={y(last.value)}
          x2={x(Date.parse(due))}
          y2={y(forecast)}
          stroke="#1565c0"
          strokeDasharray="1 3"
          strokeWidth="2"
        />
      )}
      <path d={line} fill="none" stroke="#1565c0" strokeWidth="2" />
      {points.map((p) => (
        <circle key={p.day} cx={x(Date.parse(p.day))} cy={y(p.value)} r="2.5" fill="#1565c0" />
      ))}
      <text x={PAD} y={HEIGHT - 8} fontSize="9">
        {formatDate(points[0]!.day, 'vi')}
      </text>
      <text x={WIDTH - PAD} y={HEIGHT - 8} fontSize="9" textAnchor="end">
        {formatDate(dueAhead ? due : last.day, 'vi')}
      </text>
    </svg>
  );
}
