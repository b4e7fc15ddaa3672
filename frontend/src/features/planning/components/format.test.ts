import { describe, expect, it } from 'vitest';
import { formatValue, rankWorstFirst } from '@/features/planning/components/format';

describe('rankWorstFirst', () => {
  it('puts the lowest rate first and units without a denominator last', () => {
    const ranked = rankWorstFirst([
      { name: 'Vinh', rate: 80 },
      { name: 'Diễn Châu', rate: 12.5 },
      { name: 'Sở Y tế', rate: null },
      { name: 'Nghi Lộc', rate: 40 },
    ]);
    expect(ranked.map((r) => r.name)).toEqual(['Diễn Châu', 'Nghi Lộc', 'Vinh', 'Sở Y tế']);
  });
});

describe('formatValue', () => {
  it('shows percentages with one decimal and counts as whole numbers', () => {
    expect(formatValue(28, 'PERCENT', 'en')).toBe('28.0%');
    expect(formatValue(36000, 'COUNT', 'en')).toBe('36,000');
    expect(formatValue(null, 'COUNT', 'en')).toBe('—');
  });
});
