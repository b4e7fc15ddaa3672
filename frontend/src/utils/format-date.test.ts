import { describe, expect, it } from 'vitest';
import { formatDate, todayInVietnam } from '@/utils/format-date';

describe('todayInVietnam', () => {
  it('is already the new day at 06:30 in Vietnam while UTC is still on the day before', () => {
    // 06:30 on 2 December in Vietnam is 23:30 on 1 December UTC.
    expect(todayInVietnam(new Date('2026-12-01T23:30:00Z'))).toBe('2026-12-02');
  });

  it('is the same day as UTC in the Vietnamese afternoon', () => {
    expect(todayInVietnam(new Date('2026-12-02T08:00:00Z'))).toBe('2026-12-02');
  });
});

describe('formatDate', () => {
  it('shows a calendar day as dd/mm/yyyy', () => {
    expect(formatDate('2026-07-01', 'vi')).toBe('01/07/2026');
  });
});
