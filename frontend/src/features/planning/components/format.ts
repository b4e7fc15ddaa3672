import type { TargetUnit } from '@/features/planning/api/types';

/** A value in the indicator's unit: "42.5%" or "36,000". */
export function formatValue(value: number | null | undefined, unit: TargetUnit, locale: string): string {
  if (value === null || value === undefined) return '—';
  // Citizens' rates start far below 1% (a province has millions of working-age people): two decimals there.
  const digits = value > 0 && value < 1 ? 2 : 1;
  return unit === 'PERCENT'
    ? `${value.toLocaleString(locale, { maximumFractionDigits: digits, minimumFractionDigits: digits })}%`
    : Math.round(value).toLocaleString(locale);
}

/** Units ranked worst first (the ones a director phones); units without a rate go last. */
export function rankWorstFirst<T extends { rate?: number | null; name: string }>(rows: readonly T[]): T[] {
  return [...rows].sort((a, b) => {
    if (a.rate == null && b.rate == null) return a.name.localeCompare(b.name);
    if (a.rate == null) return 1;
    if (b.rate == null) return -1;
    return a.rate - b.rate || a.name.localeCompare(b.name);
  });
}
