import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DailyMinutesChart } from '@/features/dashboard/components/daily-minutes-chart';
import { renderWithI18n } from '@/testing/test-utils';

const days = [
  { day: '2026-11-30', workingDay: true, minutes: 120, learnersStudying: 3 },
  { day: '2026-12-01', workingDay: true, minutes: 60, learnersStudying: 2 },
];

describe('DailyMinutesChart', () => {
  it('writes each day’s minutes per learner on its bar and draws the 30-minute target', () => {
    renderWithI18n(<DailyMinutesChart days={days} expectedPerDay={30} groupSize={4} />);
    expect(within(screen.getByTestId('chart-day-2026-11-30')).getByText('30')).toBeInTheDocument();
    expect(within(screen.getByTestId('chart-day-2026-12-01')).getByText('15')).toBeInTheDocument();
    expect(within(screen.getByTestId('chart-day-2026-12-01')).getByText('01/12')).toBeInTheDocument();
    const target = screen.getByTestId('chart-target');
    const bar30 = screen.getByTestId('chart-day-2026-11-30').querySelector('rect')!;
    // The 30-minute bar reaches the target line exactly.
    expect(target.getAttribute('y1')).toBe(bar30.getAttribute('y'));
    expect(screen.getByText(/mục tiêu 30 phút/)).toBeInTheDocument();
  });

  it('uses 12 px text, drawn at its real size', () => {
    renderWithI18n(<DailyMinutesChart days={days} expectedPerDay={30} groupSize={4} />);
    const svg = screen.getByRole('img');
    expect(svg.getAttribute('width')).toBe(svg.getAttribute('viewBox')!.split(' ')[2]);
    for (const text of svg.querySelectorAll('text')) expect(Number(text.getAttribute('font-size'))).toBeGreaterThanOrEqual(12);
  });
});
