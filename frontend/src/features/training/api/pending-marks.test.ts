import { describe, expect, it } from 'vitest';
import { addMark, readPendingMarks, withoutSent, writePendingMarks, type PendingMark } from './pending-marks';

const mark = (nominationId: number, clientId: string, present = true): PendingMark => ({
  nominationId,
  clientId,
  present,
  late: false,
  leftEarly: false,
  markedAt: '2026-06-15T01:04:00Z',
});

describe('pending attendance marks', () => {
  it('keeps only the latest tap per participant', () => {
    const pending = addMark(addMark([mark(1, 'a')], mark(2, 'b')), mark(1, 'c', false));
    expect(pending.map((m) => m.clientId)).toEqual(['b', 'c']);
  });

  it('drops what the server confirmed and keeps taps made meanwhile', () => {
    const sent = [mark(1, 'a'), mark(2, 'b')];
    const now = addMark(sent, mark(3, 'c'));
    expect(withoutSent(now, sent).map((m) => m.clientId)).toEqual(['c']);
  });

  it('survives a reload through local storage, per session', () => {
    writePendingMarks(7, [mark(1, 'a')]);
    expect(readPendingMarks(7)).toEqual([mark(1, 'a')]);
    expect(readPendingMarks(8)).toEqual([]);
    writePendingMarks(7, []);
    expect(readPendingMarks(7)).toEqual([]);
  });
});
